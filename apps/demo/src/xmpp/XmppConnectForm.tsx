import type { ChatErrorInfo } from '@parley/react';
import { type FormEvent, useId, useState } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { rememberedLogin } from './rememberedLogin.ts';
import type { XmppLogin } from './xmppTarget.ts';

/** Props of {@link XmppConnectForm}. */
export interface XmppConnectFormProps {
  /** A connect is under way: the button says so and does not submit again. */
  busy: boolean;
  /** Why the last connect failed, if it did. */
  error: ChatErrorInfo | null;
  onConnect: (login: XmppLogin) => void;
}

/**
 * Server, account and password for an XMPP server. Server and account start from the query
 * string; the password lives only in this form's state.
 */
export function XmppConnectForm({ busy, error, onConnect }: XmppConnectFormProps) {
  const id = useId();
  const [server, setServer] = useState(() => rememberedLogin().server);
  const [account, setAccount] = useState(() => rememberedLogin().account);
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onConnect({ server, account, password });
  };

  return (
    // POST, never GET: even if the script failed the password would not land in the URL.
    // noValidate: the ChatError alert below explains what is missing, as for other errors.
    <form
      className="demo-xmpp-form"
      method="post"
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onSubmit={submit}
    >
      <h2 id={`${id}-title`}>Connect to an XMPP server</h2>
      <label htmlFor={`${id}-server`}>Server</label>
      <input
        id={`${id}-server`}
        name="server"
        value={server}
        onChange={(e) => setServer(e.target.value)}
        placeholder="wss://chat.example.com/xmpp-websocket"
        aria-describedby={`${id}-server-hint`}
        autoComplete="url"
        spellCheck={false}
        required
      />
      <small id={`${id}-server-hint`}>
        WebSocket URL, or a host name (then <code>/xmpp-websocket</code> on it)
      </small>
      <label htmlFor={`${id}-account`}>Account</label>
      <input
        id={`${id}-account`}
        name="account"
        value={account}
        onChange={(e) => setAccount(e.target.value)}
        placeholder="alice@example.com"
        aria-describedby={`${id}-account-hint`}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <small id={`${id}-account-hint`}>JID, or a name on the server's domain</small>
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        required
      />
      <button type="submit" aria-disabled={busy}>
        {busy ? 'Connecting…' : 'Connect'}
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}
