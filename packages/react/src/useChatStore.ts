import type { ChatState } from '@parley/core';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import { useChat } from './ChatContext.ts';

/**
 * Reads a slice of the chat store and re-renders only when it changes.
 *
 * @param selector picks the slice; return existing objects (not new ones) so the
 *   default `Object.is` comparison keeps renders away, or pass `equalityFn`.
 * @param equalityFn decides whether a new slice equals the previous one. Default `Object.is`.
 */
export function useChatStore<T>(
  selector: (state: ChatState) => T,
  equalityFn?: (a: T, b: T) => boolean,
): T {
  const { store } = useChat();
  return useSyncExternalStoreWithSelector(
    store.subscribe,
    store.getState,
    store.getState,
    selector,
    equalityFn,
  );
}
