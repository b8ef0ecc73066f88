import type { Message } from '@parley/core';
import type { ReactNode } from 'react';
import { lazyPopup } from '../internal/lazyPopup.tsx';

// The Radix popover is in the lazily loaded popup module; forwarding starts from a message
// menu, which has loaded that module already.
const ForwardPickerPopover = lazyPopup((popups) => popups.ForwardPickerPopover);

/** Props of {@link ForwardPicker}. */
export interface ForwardPickerProps {
  /** The message being forwarded; the picker is open while it is set. */
  message: Message | null;
  onPick: (message: Message, sessionId: string) => void;
  onClose: () => void;
  /** Where the picker is positioned. */
  anchor: ReactNode;
  /**
   * The element focus goes back to when the picker closes (picked, Escape, outside click),
   * usually the forwarded message. Default: where it was before the picker opened.
   */
  returnFocusTo?: (message: Message) => HTMLElement | null | undefined;
}

/**
 * Picks the conversation a message is forwarded to. Closed, it renders just the (invisible)
 * anchor; the picker itself (`ForwardPickerPopover`) mounts only while a message is set.
 */
export function ForwardPicker({ message, ...props }: ForwardPickerProps) {
  return message === null ? props.anchor : <ForwardPickerPopover message={message} {...props} />;
}
