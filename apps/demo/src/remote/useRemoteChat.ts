import { type Chat, type ChatErrorInfo, toChatError } from '@parley/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A chat signed in to a backend, and how to let go of it. */
export interface RemoteChat {
  chat: Chat;
  /** The signed-in account as the backend names it. */
  account: string;
  /** Signs out and frees what the sign-in made (the chat, an SDK instance). */
  close(): Promise<void>;
}

/** Where the demo's sign-in to a backend stands. */
export type RemoteChatState =
  | { status: 'signedOut'; error: ChatErrorInfo | null }
  | { status: 'connecting' }
  | { status: 'connected'; chat: Chat; account: string };

/** What {@link useRemoteChat} returns. */
export interface UseRemoteChatResult<L> {
  state: RemoteChatState;
  /** Signs in; failures (bad input, refused login, unreachable server) land in `state.error`. */
  connect(login: L): Promise<void>;
  /** Signs out and forgets the chat. */
  disconnect(): Promise<void>;
}

/** Disconnects a chat, then destroys it, whatever the disconnect says. */
export async function releaseChat(chat: Chat): Promise<void> {
  await chat.disconnect().catch(() => undefined);
  chat.destroy();
}

/**
 * One chat on a backend the user signs in to, made in the browser on connect. `open` (a stable
 * function) signs in and cleans up after itself when that fails; the hook keeps the newest
 * attempt only, and closes the chat on disconnect and unmount.
 */
export function useRemoteChat<L>(open: (login: L) => Promise<RemoteChat>): UseRemoteChatResult<L> {
  const [state, setState] = useState<RemoteChatState>({ status: 'signedOut', error: null });
  const current = useRef<RemoteChat | null>(null);
  // A newer connect or an unmount makes an attempt in flight stale.
  const attempt = useRef(0);

  useEffect(
    () => () => {
      attempt.current += 1;
      current.current?.close().catch(() => undefined);
      current.current = null;
    },
    [],
  );

  const connect = useCallback(
    async (login: L) => {
      attempt.current += 1;
      const mine = attempt.current;
      setState({ status: 'connecting' });
      try {
        const opened = await open(login);
        if (mine !== attempt.current) {
          await opened.close();
          return;
        }
        current.current?.close().catch(() => undefined);
        current.current = opened;
        setState({ status: 'connected', chat: opened.chat, account: opened.account });
      } catch (error) {
        if (mine !== attempt.current) return;
        setState({ status: 'signedOut', error: toChatError(error).toJSON() });
      }
    },
    [open],
  );

  const disconnect = useCallback(async () => {
    attempt.current += 1;
    const opened = current.current;
    current.current = null;
    setState({ status: 'signedOut', error: null });
    await opened?.close();
  }, []);

  return { state, connect, disconnect };
}
