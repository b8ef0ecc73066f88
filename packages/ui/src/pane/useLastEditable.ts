import { type Message, selectMessage } from '@parley/core';
import { useChat } from '@parley/react';
import { useCallback } from 'react';
import { canEdit } from '../message/MessageMenu.tsx';

/** How far back Arrow Up looks for my last message (messages). */
const LOOK_BACK = 200;

/**
 * Finds my last message of a session, if I can still edit it (Arrow Up in an empty input, as
 * in Slack, Discord and Telegram). Reads the store when asked, so typing re-renders nothing.
 */
export function useLastEditable(sessionId: string): () => Message | undefined {
  const chat = useChat();
  return useCallback(() => {
    const state = chat.store.getState();
    const window = state.messages[sessionId];
    const { me } = state;
    if (!window) return undefined;
    const { ids } = window;
    for (let i = ids.length - 1; i >= Math.max(0, ids.length - LOOK_BACK); i--) {
      const message = selectMessage(window, ids[i] ?? '');
      if (!message || message.from !== me || message.type === 'tip') continue;
      return canEdit(message, me, chat.serverNow(), chat.editWindowMs) ? message : undefined;
    }
    return undefined;
  }, [chat, sessionId]);
}
