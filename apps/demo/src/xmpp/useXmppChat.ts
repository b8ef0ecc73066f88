import { createXmppAdapter } from '@parley/adapter-xmpp';
import { type Chat, type ChatErrorInfo, createChat, idbOutbox, toChatError } from '@parley/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberLogin } from './rememberedLogin.ts';
import { type XmppLogin, xmppTarget } from './xmppTarget.ts';

/** Where the XMPP backend of the demo stands. */
export type XmppChatState =
  | { status: 'signedOut'; error: ChatErrorInfo | null }
  | { status: 'connecting' }
  | { status: 'connected'; chat: Chat; jid: string };

/** What {@link useXmppChat} returns. */
export interface UseXmppChatResult {
  state: XmppChatState;
  /** Signs in; failures (bad input, refused login, unreachable server) land in `state.error`. */
  connect(login: XmppLogin): Promise<void>;
  /** Signs out and forgets the chat. */
  disconnect(): Promise<void>;
}

function release(chat: Chat): void {
  chat
    .disconnect()
    .catch(() => undefined)
    .finally(() => chat.destroy());
}

/**
 * One chat on an XMPP server, created in the browser when the user connects. The password
 * goes to the adapter only; the server and account are remembered in the query string.
 */
export function useXmppChat(): UseXmppChatResult {
  const [state, setState] = useState<XmppChatState>({ status: 'signedOut', error: null });
  const current = useRef<Chat | null>(null);
  // A newer connect or an unmount makes an attempt in flight stale.
  const attempt = useRef(0);

  useEffect(
    () => () => {
      attempt.current += 1;
      if (current.current) release(current.current);
      current.current = null;
    },
    [],
  );

  const connect = useCallback(async (login: XmppLogin) => {
    attempt.current += 1;
    const mine = attempt.current;
    let chat: Chat | null = null;
    try {
      const target = xmppTarget(login);
      // Kept even when the login fails, so a reload after a mistyped password keeps the rest.
      rememberLogin(login.server, login.account);
      setState({ status: 'connecting' });
      chat = createChat({
        adapter: createXmppAdapter({ ...target, password: login.password }),
        // Apart from the embedded backend's, whose accounts may bear the same names.
        persistence: idbOutbox({ name: `parley-xmpp-outbox-${target.domain}` }),
      });
      await chat.connect();
      if (mine !== attempt.current) {
        release(chat);
        return;
      }
      if (current.current) release(current.current);
      current.current = chat;
      setState({ status: 'connected', chat, jid: `${target.username}@${target.domain}` });
    } catch (error) {
      if (chat) release(chat);
      if (mine !== attempt.current) return;
      setState({ status: 'signedOut', error: toChatError(error).toJSON() });
    }
  }, []);

  const disconnect = useCallback(async () => {
    attempt.current += 1;
    const chat = current.current;
    current.current = null;
    setState({ status: 'signedOut', error: null });
    if (chat) release(chat);
  }, []);

  return { state, connect, disconnect };
}
