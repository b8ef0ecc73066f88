import * as Popover from '@radix-ui/react-popover';
import { type ReactNode, type RefObject, useRef } from 'react';
import { PopoverClose } from './PopoverClose.tsx';
import { usePortalContainer } from './PortalContainer.tsx';

/** Props of {@link AnchoredPopover}. */
export interface AnchoredPopoverProps {
  /** Id of the popover, for its opener's `aria-controls`. */
  id?: string;
  /** What it hangs from: the button that opened it, which gets focus back on close. */
  anchor: RefObject<HTMLElement | null>;
  /** Its title, also its accessible name. */
  title: string;
  /** Its part name: class `parley-<part>` beside `parley-popover`, and `data-part`. */
  part: string;
  /** Default `bottom`. */
  side?: 'top' | 'bottom';
  onClose: () => void;
  children: ReactNode;
}

/**
 * An open Parley popover (Radix Popover: dismissal on Escape or outside, positioning, focus
 * moved in on open) with a title and a close button, hung from an element outside Radix.
 * Its opener is a plain button that mounts it only while open, so rows render no Radix root
 * each; what a Radix Trigger would do is done here: a press on the opener is left to the
 * opener's own toggle, and focus returns to it on close unless the user put it elsewhere.
 */
export function AnchoredPopover({
  id,
  anchor,
  title,
  part,
  side = 'bottom',
  onClose,
  children,
}: AnchoredPopoverProps) {
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
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal container={container}>
        <Popover.Content
          id={id}
          className={`parley-popover parley-${part}`}
          data-part={part}
          side={side}
          sideOffset={6}
          collisionPadding={8}
          aria-label={title}
          onInteractOutside={(event) => {
            const target = event.target;
            if (target instanceof Node && anchor.current?.contains(target)) {
              event.preventDefault();
              return;
            }
            interactedOutside.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const opener = anchor.current;
            if (!interactedOutside.current && opener?.isConnected) opener.focus();
          }}
        >
          <p className="parley-popover-title" data-part="popover-title">
            {title}
          </p>
          {children}
          <PopoverClose />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
