import type { TeamReceiptDetail } from '@parley/core';
import * as Popover from '@radix-ui/react-popover';
import { type RefObject, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { PopoverClose } from '../internal/PopoverClose.tsx';
import { usePortalContainer } from '../internal/PortalContainer.tsx';
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
 * The open "who read it" popover of a team read receipt (Radix Popover: dismissal on Escape
 * or outside, positioning, focus moved in on open). The badge is a plain button that mounts
 * this only while open, so rows of team messages render no Radix root each. Without a Radix
 * Trigger, what the Trigger did is done here: the badge anchors the popover, a press on the
 * badge is left to its own toggle, and focus returns to it on close.
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
  const container = usePortalContainer();
  // Closed by a press or focus elsewhere: focus stays where the user put it (as Radix does).
  const interactedOutside = useRef(false);
  return (
    <Popover.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Popover.Anchor virtualRef={badge} />
      <Popover.Portal container={container}>
        <Popover.Content
          id={id}
          className="parley-popover parley-receipt-popover"
          data-part="receipt-popover"
          sideOffset={6}
          collisionPadding={8}
          aria-label={t('message.receipt.detailsTitle')}
          onInteractOutside={(event) => {
            const target = event.target;
            if (target instanceof Node && badge.current?.contains(target)) {
              event.preventDefault();
              return;
            }
            interactedOutside.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const button = badge.current;
            if (!interactedOutside.current && button?.isConnected) button.focus();
          }}
        >
          <p className="parley-popover-title" data-part="popover-title">
            {t('message.receipt.detailsTitle')}
          </p>
          {failed ? (
            <p className="parley-error-text" data-part="error" role="alert">
              {t('message.receipt.loadFailed')} <RetryButton onRetry={onRetry} variant="link" />
            </p>
          ) : detail ? (
            <ReceiptDetailList detail={detail} getName={getName} />
          ) : (
            <Spinner label={t('common.loading')} />
          )}
          <PopoverClose />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
