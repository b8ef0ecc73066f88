import type { Chat, ChatErrorInfo, ConnectionStatus } from '@parley/core';
import { useChat } from './ChatContext.ts';
import { useChatStore } from './useChatStore.ts';

/** What {@link useConnection} returns. */
export interface UseConnectionResult extends Pick<Chat, 'connect' | 'disconnect'> {
  status: ConnectionStatus;
  /** Last connection error, for a banner; null once connected again. */
  error: ChatErrorInfo | null;
  /** The signed-in account; empty before the first connect. */
  me: string;
}

/** Connection status and errors of the chat, for a banner or a disabled input. */
export function useConnection(): UseConnectionResult {
  const chat = useChat();
  const status = useChatStore((s) => s.connection.status);
  const error = useChatStore((s) => s.connection.error);
  const me = useChatStore((s) => s.me);
  return { status, error, me, connect: chat.connect, disconnect: chat.disconnect };
}
