import {
  type Message,
  messageGone,
  type QuoteState,
  quoteState,
  type ReplyRef,
  type SessionId,
  selectMessage,
} from '@parley/core';
import { useChatStore } from './useChatStore.ts';

/** What {@link useReplyTarget} returns. */
export interface UseReplyTargetResult {
  /** The quoted message when it is loaded (its current text, which an edit may have changed). */
  original?: Message;
  /**
   * `ok` (loaded), `recalled`, `deleted`, or `unknown` (not loaded: show the snapshot in
   * `ref`, and jump to load it).
   */
  state: QuoteState;
}

const NONE: UseReplyTargetResult = Object.freeze({ state: 'unknown' });

/**
 * The message a reply quotes, as the store knows it now. Re-renders when that message
 * changes (edited, recalled, loaded), not when others do.
 */
export function useReplyTarget(sessionId: SessionId, ref?: ReplyRef): UseReplyTargetResult {
  const original = useChatStore((s) =>
    ref ? selectMessage(s.messages[sessionId], ref.idClient) : undefined,
  );
  const gone = useChatStore((s) => (ref ? messageGone(s, sessionId, ref) : undefined));
  if (!ref) return NONE;
  const state = quoteState(ref, original, gone);
  return original ? { original, state } : { state };
}
