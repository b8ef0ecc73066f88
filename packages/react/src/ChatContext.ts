import type { Chat } from '@parley/core';
import { createContext, useContext } from 'react';

/** Holds the chat instance of the nearest `ChatProvider`. */
export const ChatContext = createContext<Chat | null>(null);
ChatContext.displayName = 'ParleyChatContext';

/**
 * The chat instance of the nearest `<ChatProvider>`.
 * @throws Error when called outside a `ChatProvider`, naming the provider.
 */
export function useChat(): Chat {
  const chat = useContext(ChatContext);
  if (chat === null) {
    throw new Error('Parley hooks must be used within <ChatProvider>. Wrap your chat UI in it.');
  }
  return chat;
}
