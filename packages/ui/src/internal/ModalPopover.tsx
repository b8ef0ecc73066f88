import * as Popover from '@radix-ui/react-popover';
import { type ReactNode, type RefObject, useId } from 'react';
import { PopoverClose } from './PopoverClose.tsx';
import { usePortalContainer } from './PortalContainer.tsx';

/** Props of {@link ModalPopover}. */
export interface ModalPopoverProps {
  /** Shown at the top; names the dialog. */
  title: string;
  /** Part name: the content gets `parley-popover parley-<part>` and `data-part`. */
  part: string;
  /** The element it hangs from, rendered as its anchor… */
  anchor?: ReactNode;
  /** …or a ref to an element rendered elsewhere. */
  anchorRef?: RefObject<HTMLElement | null>;
  /** Default `center`. */
  align?: 'start' | 'center';
  onClose: () => void;
  /** Where focus goes on close; call `preventDefault()` to move it yourself. */
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
}

/**
 * A titled dialog in a popover (Radix, modal: focus is trapped inside and moved in on open,
 * Escape and outside clicks close it), portaled into the Parley root so it keeps the theme,
 * with a close button. Mount it only while open.
 */
export function ModalPopover({
  title,
  part,
  anchor,
  anchorRef,
  align = 'center',
  onClose,
  onCloseAutoFocus,
  children,
}: ModalPopoverProps) {
  const container = usePortalContainer();
  const titleId = useId();
  return (
    <Popover.Root open modal onOpenChange={(open) => (open ? undefined : onClose())}>
      {anchorRef ? (
        <Popover.Anchor virtualRef={anchorRef} />
      ) : (
        <Popover.Anchor asChild>{anchor}</Popover.Anchor>
      )}
      <Popover.Portal container={container}>
        <Popover.Content
          className={`parley-popover parley-${part}`}
          data-part={part}
          role="dialog"
          aria-labelledby={titleId}
          side="bottom"
          align={align}
          sideOffset={8}
          collisionPadding={8}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <p id={titleId} className="parley-popover-title" data-part="popover-title">
            {title}
          </p>
          {children}
          <PopoverClose />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
