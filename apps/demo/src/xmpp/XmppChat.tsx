import { type Chat, ChatProvider, type SessionId } from '@parley/react';
import { ChatLayout } from '@parley/ui';
import { useState } from 'react';
import { StartChatForm } from './StartChatForm.tsx';

/** Props of {@link XmppChat}. */
export interface XmppChatProps {
  chat: Chat;
  /** The signed-in bare JID. */
  jid: string;
  onDisconnect: () => void;
}

/** The kit on a connected XMPP chat, under a bar with the account and a way to start chats. */
export function XmppChat({ chat, jid, onDisconnect }: XmppChatProps) {
  // Undefined lets the layout pick (the first conversation) until the user starts a chat.
  const [selected, setSelected] = useState<SessionId | undefined>(undefined);
  const domain = jid.slice(jid.indexOf('@') + 1);
  return (
    <ChatProvider chat={chat}>
      <section className="demo-device" aria-label={`XMPP · ${jid}`}>
        <div className="demo-xmpp-bar">
          <span>
            Signed in as <strong>{jid}</strong>
          </span>
          <StartChatForm domain={domain} onStart={setSelected} />
          <button type="button" onClick={onDisconnect}>
            Disconnect
          </button>
        </div>
        <ChatLayout selectedId={selected} onSelect={setSelected} />
      </section>
    </ChatProvider>
  );
}
