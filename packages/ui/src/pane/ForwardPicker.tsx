import type { Message } from '@parley/core';
import { lazyPopup } from '../internal/lazyPopup.tsx';
import type { ForwardPickerPopoverProps } from './ForwardPickerPopover.tsx';

// The Radix popover is in the lazily loaded popup module; forwarding starts from a message
// menu, which has loaded that module already.
const ForwardPickerPopover = lazyPopup((popups) => popups.ForwardPickerPopover);

/** Props of {@link ForwardPicker}. */
export interface ForwardPickerProps extends Omit<ForwardPickerPopoverProps, 'message'> {
  /** The message being forwarded; the picker is open while it is set. */
  message: Message | null;
}

/**
 * Picks the session a message is forwarded to. Closed, it renders just the (invisible)
 * anchor; the picker itself (`ForwardPickerPopover`) mounts only while a message is set.
 */
export function ForwardPicker({ message, ...props }: ForwardPickerProps) {
  return message === null ? props.anchor : <ForwardPickerPopover message={message} {...props} />;
}
