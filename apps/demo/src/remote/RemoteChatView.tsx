import { type Chat, ChatProvider, type SessionId } from '@parley/react';
import { ChatLayout } from '@parley/ui';
import { useState } from 'react';
import { type PeerInput, StartChatForm } from './StartChatForm.tsx';

/** Props of {@link RemoteChatView}. */
export interface RemoteChatViewProps {
  chat: Chat;
  /** The backend's name, for the region's label ("XMPP", "NetEase IM"). */
  backend: string;
  /** The signed-in account as the backend names it. */
  account: string;
  peer: PeerInput;
  onDisconnect: () => void;
}

/** The kit on a signed-in backend, under a bar with the account and a way to start chats. */
export function RemoteChatView({
  chat,
  backend,
  account,
  peer,
  onDisconnect,
}: RemoteChatViewProps) {
  // Undefined lets the layout pick (the first conversation) until the user starts a chat.
  const [selected, setSelected] = useState<SessionId | undefined>(undefined);
  return (
    <ChatProvider chat={chat}>
      <section className="demo-device" aria-label={`${backend} · ${account}`}>
        <div className="demo-remote-bar">
          <span>
            Signed in as <strong>{account}</strong>
          </span>
          <StartChatForm peer={peer} onStart={setSelected} />
          <button type="button" onClick={onDisconnect}>
            Disconnect
          </button>
        </div>
        <ChatLayout selectedId={selected} onSelect={setSelected} />
      </section>
    </ChatProvider>
  );
}
