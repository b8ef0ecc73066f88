import { ChatError } from '@parley/react';
import type { ConnectField } from '../remote/ConnectForm.tsx';
import { RemoteDemo } from '../remote/RemoteDemo.tsx';
import { remembered } from '../remote/remembered.ts';
import type { PeerInput } from '../remote/StartChatForm.tsx';
import { openXmppChat, XMPP_PARAMS } from './openXmppChat.ts';

const FIELDS: readonly ConnectField<'server' | 'account' | 'password'>[] = [
  {
    name: 'server',
    label: 'Server',
    placeholder: 'wss://chat.example.com/xmpp-websocket',
    hint: (
      <>
        WebSocket URL, or a host name (then <code>/xmpp-websocket</code> on it)
      </>
    ),
    autoComplete: 'url',
  },
  {
    name: 'account',
    label: 'Account',
    placeholder: 'alice@example.com',
    hint: "JID, or a name on the server's domain",
    autoComplete: 'username',
  },
  { name: 'password', label: 'Password', autoComplete: 'current-password', secret: true },
];

/** p2p peers live on the signed-in account's domain; XMPP local parts are case-insensitive. */
function peerOn(jid: string): PeerInput {
  const domain = jid.slice(jid.indexOf('@') + 1);
  return {
    example: `bob@${domain}`,
    peerOf(text) {
      const parts = text.trim().toLowerCase().split('@');
      const [name = '', peerDomain = domain] = parts;
      if (!name || peerDomain !== domain || parts.length > 2) {
        throw new ChatError(
          'INVALID_ARGUMENT',
          `Enter an account on ${domain}, e.g. bob or bob@${domain}`,
        );
      }
      return name;
    },
  };
}

/** The demo's "XMPP server" backend: a connect form, then the kit on that account. */
export function XmppDemo() {
  return (
    <RemoteDemo
      backend="XMPP"
      title="Connect to an XMPP server"
      fields={FIELDS}
      initial={{
        server: remembered(XMPP_PARAMS.server),
        account: remembered(XMPP_PARAMS.account),
      }}
      loginOf={(value) => ({
        server: value('server'),
        account: value('account'),
        password: value('password'),
      })}
      open={openXmppChat}
      peerFor={peerOn}
    />
  );
}
