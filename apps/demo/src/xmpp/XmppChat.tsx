import { type Chat, ChatProvider } from '@parley/react';
import { ChatLayout } from '@parley/ui';

/** Props of {@link XmppChat}. */
export interface XmppChatProps {
  chat: Chat;
  /** The signed-in bare JID. */
  jid: string;
  onDisconnect: () => void;
}

/**
 * The kit on a connected XMPP chat, under a bar with the account. Chats start from the list's
 * "New conversation": the XMPP adapter finds roster contacts, peers and joined rooms, and
 * offers a typed JID on the account's domain as is.
 */
export function XmppChat({ chat, jid, onDisconnect }: XmppChatProps) {
  return (
    <ChatProvider chat={chat}>
      <section className="demo-device" aria-label={`XMPP · ${jid}`}>
        <div className="demo-xmpp-bar">
          <span>
            Signed in as <strong>{jid}</strong>
          </span>
          <button type="button" onClick={onDisconnect}>
            Disconnect
          </button>
        </div>
        <ChatLayout />
      </section>
    </ChatProvider>
  );
}
