import type { ConnectField } from '../remote/ConnectForm.tsx';
import { RemoteDemo } from '../remote/RemoteDemo.tsx';
import { remembered } from '../remote/remembered.ts';
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
    />
  );
}
