import type { MessageFocus, SessionId } from '@parley/core';
import { useChatStore } from './useChatStore.ts';

/**
 * The message a session's window should bring into view and highlight (`Chat.jumpTo`), or
 * null. `seq` grows with every jump, so a list scrolls again when the same message is jumped
 * to twice: key the scroll effect on `seq`.
 */
export function useMessageFocus(sessionId: SessionId): MessageFocus | null {
  return useChatStore((s) => s.messages[sessionId]?.focus ?? null);
}
