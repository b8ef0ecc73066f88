import './xmpp.css';
import { useXmppChat } from './useXmppChat.ts';
import { XmppChat } from './XmppChat.tsx';
import { XmppConnectForm } from './XmppConnectForm.tsx';

/** The demo's "XMPP server" backend: a connect form, then the kit on that account. */
export function XmppDemo() {
  const { state, connect, disconnect } = useXmppChat();
  if (state.status === 'connected') {
    return (
      <div className="demo-devices">
        <XmppChat chat={state.chat} jid={state.jid} onDisconnect={() => void disconnect()} />
      </div>
    );
  }
  return (
    <XmppConnectForm
      busy={state.status === 'connecting'}
      error={state.status === 'signedOut' ? state.error : null}
      onConnect={(login) => void connect(login)}
    />
  );
}
