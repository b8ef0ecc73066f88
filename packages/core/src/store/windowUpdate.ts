import type { SessionId } from '../model/SessionId.ts';
import type { ChatState, MessageWindow } from './ChatState.ts';

/** Applies `change` to a session's loaded window; absent windows stay absent. */
export function updateWindow(
  state: ChatState,
  sessionId: SessionId,
  change: (window: MessageWindow) => MessageWindow,
): ChatState {
  const current = state.messages[sessionId];
  if (!current) return state;
  const next = change(current);
  if (next === current) return state;
  return { ...state, messages: { ...state.messages, [sessionId]: next } };
}
