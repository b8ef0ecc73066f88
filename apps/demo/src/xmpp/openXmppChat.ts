import { createXmppAdapter } from '@parley/adapter-xmpp';
import { createChat, idbOutbox } from '@parley/react';
import { remember } from '../remote/remembered.ts';
import { type RemoteChat, releaseChat } from '../remote/useRemoteChat.ts';
import { type XmppLogin, xmppTarget } from './xmppTarget.ts';

/** Query-string parameters of the remembered server and account (never the password). */
export const XMPP_PARAMS = { server: 'xmppServer', account: 'xmppAccount' } as const;

/**
 * Signs in to an XMPP server from the browser. The password goes to the adapter only; server
 * and account are remembered in the query string, even when the login fails, so a reload after
 * a mistyped password keeps the rest.
 */
export async function openXmppChat(login: XmppLogin): Promise<RemoteChat> {
  const target = xmppTarget(login);
  remember({ [XMPP_PARAMS.server]: login.server, [XMPP_PARAMS.account]: login.account });
  const chat = createChat({
    adapter: createXmppAdapter({ ...target, password: login.password }),
    // Apart from the embedded backend's, whose accounts may bear the same names.
    persistence: idbOutbox({ name: `parley-xmpp-outbox-${target.domain}` }),
  });
  const close = () => releaseChat(chat);
  try {
    await chat.connect();
  } catch (error) {
    await close();
    throw error;
  }
  return { chat, account: `${target.username}@${target.domain}`, close };
}
