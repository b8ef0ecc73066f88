import type { TeamReceiptDetail } from '@parley/core';
import type { RefObject } from 'react';
import { useT } from '../i18n/useT.ts';
import { AnchoredPopover } from '../internal/AnchoredPopover.tsx';
import { RetryButton } from '../internal/RetryButton.tsx';
import { Spinner } from '../spinner/Spinner.tsx';
import { ReceiptDetailList } from './ReceiptDetailList.tsx';

/** Props of {@link ReceiptPopover}. */
export interface ReceiptPopoverProps {
  /** Id of the popover, for the badge's `aria-controls`. */
  id: string;
  /** The badge button: the popover hangs below it and hands focus back to it. */
  badge: RefObject<HTMLButtonElement | null>;
  /** Who read the message; undefined while the first load runs. */
  detail: TeamReceiptDetail | undefined;
  /** The load failed: shows the error with a Retry button. */
  failed: boolean;
  onRetry: () => void;
  getName?: (account: string) => string;
  onClose: () => void;
}

/**
 * The open "who read it" popover of a team read receipt, mounted by the badge only while open
 * (see `AnchoredPopover`).
 */
export function ReceiptPopover({
  id,
  badge,
  detail,
  failed,
  onRetry,
  getName,
  onClose,
}: ReceiptPopoverProps) {
  const t = useT();
  return (
    <AnchoredPopover
      id={id}
      anchor={badge}
      title={t('message.receipt.detailsTitle')}
      part="receipt-popover"
      onClose={onClose}
    >
      {failed ? (
        <p className="parley-error-text" data-part="error" role="alert">
          {t('message.receipt.loadFailed')} <RetryButton onRetry={onRetry} variant="link" />
        </p>
      ) : detail ? (
        <ReceiptDetailList detail={detail} getName={getName} />
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </AnchoredPopover>
  );
}
