import { type RefObject, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { ModalPopover } from '../internal/ModalPopover.tsx';
import { NewChatPicker, type NewChatPickerProps } from './NewChatPicker.tsx';

/** Props of {@link NewChatPopover}: the picker's, and where it opens from. */
export interface NewChatPopoverProps extends Omit<NewChatPickerProps, 'defaultQuery'> {
  /** The button it opens from: the popover is positioned at it and focus returns to it. */
  anchorRef: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}

/**
 * The open "new session" picker, in a modal popover with the search field focused. On
 * close focus returns to the button, unless picking a result moved it on (into the opened
 * session's input).
 */
export function NewChatPopover({ anchorRef, onClose, onStart, ...picker }: NewChatPopoverProps) {
  const t = useT();
  const picked = useRef(false);
  return (
    <ModalPopover
      title={t('newChat.title')}
      part="new-chat"
      anchorRef={anchorRef}
      align="start"
      onClose={onClose}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        const focused = document.activeElement;
        const movedOn = picked.current && focused !== null && focused !== document.body;
        if (!movedOn) anchorRef.current?.focus();
      }}
    >
      <NewChatPicker
        {...picker}
        onStart={(session) => {
          picked.current = true;
          onClose();
          onStart(session);
        }}
      />
    </ModalPopover>
  );
}
