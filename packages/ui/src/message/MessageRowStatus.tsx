import type { Message } from '@parley/core';
import { useReadReceipt } from '@parley/react';
import { MessageStatus } from './MessageStatus.tsx';

/** Props of {@link MessageRowStatus}. */
export interface MessageRowStatusProps {
  /** A message I sent. */
  message: Message;
  /** Shows a Resend button on failed messages. */
  onResend?: (message: Message) => void;
  getName: (account: string) => string;
}

/** Delivery and read state of my message, wired to `useReadReceipt`. */
export function MessageRowStatus({ message, onResend, getName }: MessageRowStatusProps) {
  const receipt = useReadReceipt(message);
  return (
    <MessageStatus
      message={message}
      peerRead={receipt.kind === 'p2p' ? receipt.read : undefined}
      loadReceiptDetail={receipt.kind === 'team' ? receipt.getTeamReceiptDetail : undefined}
      onResend={onResend}
      getName={getName}
    />
  );
}
