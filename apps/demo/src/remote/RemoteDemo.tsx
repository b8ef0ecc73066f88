import './remote.css';
import { type ConnectField, ConnectForm } from './ConnectForm.tsx';
import { RemoteChatView } from './RemoteChatView.tsx';
import { type RemoteChat, useRemoteChat } from './useRemoteChat.ts';

/** Props of {@link RemoteDemo}. */
export interface RemoteDemoProps<K extends string, L> {
  /** The backend's name, for the signed-in region's label ("XMPP", "NetEase IM"). */
  backend: string;
  /** The connect form's heading. */
  title: string;
  fields: readonly ConnectField<K>[];
  /** Starting values of the fields that are not secret. */
  initial: Readonly<Partial<Record<K, string>>>;
  /** The login the form's fields make. */
  loginOf: (value: (name: K) => string) => L;
  /** Signs in (a stable function: module scope). */
  open: (login: L) => Promise<RemoteChat>;
}

/** A backend the user signs in to: a connect form, then the kit on that account. */
export function RemoteDemo<K extends string, L>({
  backend,
  title,
  fields,
  initial,
  loginOf,
  open,
}: RemoteDemoProps<K, L>) {
  const { state, connect, disconnect } = useRemoteChat(open);
  if (state.status === 'connected') {
    return (
      <div className="demo-devices">
        <RemoteChatView
          chat={state.chat}
          backend={backend}
          account={state.account}
          onDisconnect={() => void disconnect()}
        />
      </div>
    );
  }
  return (
    <ConnectForm
      title={title}
      fields={fields}
      initial={initial}
      busy={state.status === 'connecting'}
      error={state.status === 'signedOut' ? state.error : null}
      onConnect={(value) => void connect(loginOf(value))}
    />
  );
}
