import type { Message, TeamReceiptDetail } from '@parley/core';
import { memo } from 'react';
import { useT } from '../i18n/useT.ts';
import { AlertIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { Spinner } from '../spinner/Spinner.tsx';
import { ReadReceiptBadge } from './ReadReceiptBadge.tsx';

/** Props of {@link MessageStatus}. */
export interface MessageStatusProps {
  /** A message I sent. */
  message: Message;
  /**
   * p2p: the peer read it (`message.time <= session.msgReceiptTime`). Default: `status === 'read'`.
   */
  peerRead?: boolean;
  /** Shows a Resend button on failed messages. */
  onResend?: (message: Message) => void;
  /** Team: loads who read the message (enables the receipt popover). */
  loadReceiptDetail?: (message: Message) => Promise<TeamReceiptDetail>;
  getName?: (account: string) => string;
}

/**
 * Delivery state of my message: a spinner while sending, "Not sent" with Resend on failure,
 * then the read receipt (p2p read/unread, team counts).
 */
export const MessageStatus = memo(function MessageStatus({
  message,
  peerRead,
  onResend,
  loadReceiptDetail,
  getName,
}: MessageStatusProps) {
  const t = useT();
  if (message.status === 'sending') {
    return (
      <span {...part('message-status')} data-state="sending">
        <Spinner size="sm" label={t('message.status.sending')} />
      </span>
    );
  }
  if (message.status === 'sendFailed') {
    return (
      <span {...part('message-status')} data-state="failed" title={message.error?.message}>
        <span className="parley-status-icon" data-part="status-icon" aria-hidden>
          <AlertIcon />
        </span>
        <span className="parley-status-text" data-part="status-text">
          {t('message.status.failed')}
        </span>
        {onResend ? (
          <button
            type="button"
            className="parley-link-button"
            data-part="resend"
            onClick={() => onResend(message)}
          >
            {t('message.status.resend')}
          </button>
        ) : null}
      </span>
    );
  }
  if (message.recall || message.type === 'tip' || message.type === 'notification') return null;
  if (message.scene === 'p2p') {
    return (
      <span {...part('message-status')} data-state="sent">
        <ReadReceiptBadge kind="p2p" read={peerRead ?? message.status === 'read'} />
      </span>
    );
  }
  if (!message.teamReceipt) return null;
  return (
    <span {...part('message-status')} data-state="sent">
      <ReadReceiptBadge
        kind="team"
        read={message.teamReceipt.read}
        unread={message.teamReceipt.unread}
        loadDetail={loadReceiptDetail ? () => loadReceiptDetail(message) : undefined}
        getName={getName}
      />
    </span>
  );
});
