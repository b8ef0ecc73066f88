import { type Message, selectSession, type TeamReceiptDetail } from '@parley/core';
import { isReadByPeer } from '@parley/core/rules';
import { useCallback } from 'react';
import { useChat } from './ChatContext.ts';
import { useChatStore } from './useChatStore.ts';

/** What {@link useReadReceipt} returns. */
export type UseReadReceiptResult =
  | {
      /** My p2p message: read once the peer's receipt time reaches it. */
      kind: 'p2p';
      read: boolean;
    }
  | {
      /** My team message that asked for receipts. */
      kind: 'team';
      readCount: number;
      unreadCount: number;
      allRead: boolean;
      /**
       * Who has and has not read it (the chat's `getTeamReceiptDetail`, bound to this message);
       * ask when the user opens the detail.
       */
      getTeamReceiptDetail: () => Promise<TeamReceiptDetail>;
    }
  | {
      /** Not my message, not sent yet, or a team message without receipts. */
      kind: 'none';
    };

/**
 * Read state of one of my messages. p2p: compares `message.time` with the session's
 * `msgReceiptTime`, so one receipt flips every older message at once. Team: the counts the
 * backend keeps on the message, and the member lists on demand.
 */
export function useReadReceipt(message: Message): UseReadReceiptResult {
  const chat = useChat();
  const me = useChatStore((s) => s.me);
  const receiptTime = useChatStore((s) => selectSession(s, message.sessionId)?.msgReceiptTime ?? 0);
  const getTeamReceiptDetail = useCallback(
    () => chat.getTeamReceiptDetail(message),
    [chat, message],
  );

  const sent = message.status === 'sent' || message.status === 'read';
  if (message.from !== me || !sent || message.recall) return { kind: 'none' };
  if (message.scene === 'p2p') {
    return { kind: 'p2p', read: isReadByPeer(message, { msgReceiptTime: receiptTime }) };
  }
  if (!message.teamReceipt) return { kind: 'none' };
  const { read, unread } = message.teamReceipt;
  return {
    kind: 'team',
    readCount: read,
    unreadCount: unread,
    allRead: unread === 0,
    getTeamReceiptDetail,
  };
}
