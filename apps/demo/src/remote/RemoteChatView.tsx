import { type Chat, ChatProvider } from '@parley/react';
import { ChatLayout } from '@parley/ui';

/** Props of {@link RemoteChatView}. */
export interface RemoteChatViewProps {
  chat: Chat;
  /** The backend's name, for the region's label ("XMPP", "NetEase IM"). */
  backend: string;
  /** The signed-in account as the backend names it. */
  account: string;
  onDisconnect: () => void;
}

/**
 * The kit on a signed-in backend, under a bar with the account. Chats start from the list's
 * "New conversation": it searches what the backend knows (XMPP: roster, peers, joined rooms)
 * and, where the backend cannot search, offers the typed account as is.
 */
export function RemoteChatView({ chat, backend, account, onDisconnect }: RemoteChatViewProps) {
  return (
    <ChatProvider chat={chat}>
      <section className="demo-device" aria-label={`${backend} · ${account}`}>
        <div className="demo-remote-bar">
          <span>
            Signed in as <strong>{account}</strong>
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
