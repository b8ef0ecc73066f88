import { type Message, type SessionId, selectMessage } from '@parley/core';
import { useChatStore } from './useChatStore.ts';

/**
 * One message of a loaded window, by id. Message rows use it so that a status change
 * re-renders that row alone.
 */
export function useMessage(sessionId: SessionId, idClient: string): Message | undefined {
  return useChatStore((s) => selectMessage(s.messages[sessionId], idClient));
}
