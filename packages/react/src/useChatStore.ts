import type { ChatState } from '@parley/core';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/with-selector';
import { useChat } from './ChatContext.ts';

/**
 * Reads a slice of the chat store and re-renders only when it changes.
 *
 * @param selector picks the slice; return existing objects (not new ones) so the
 *   default `Object.is` comparison keeps renders away, or pass `equalityFn`.
 * @param equalityFn decides whether a new slice equals the previous one, such as zustand's
 *   `shallow` (`zustand/shallow`) for a selector that builds an array or object. Default
 *   `Object.is`.
 */
export function useChatStore<T>(
  selector: (state: ChatState) => T,
  equalityFn?: (a: T, b: T) => boolean,
): T {
  const { store } = useChat();
  // Not zustand's `useStoreWithEqualityFn`: it renders the store's initial state on the
  // server and while hydrating, where a chat made before `hydrateRoot` already holds data;
  // the current state is the snapshot in both.
  return useSyncExternalStoreWithSelector(
    store.subscribe,
    store.getState,
    store.getState,
    selector,
    equalityFn,
  );
}
