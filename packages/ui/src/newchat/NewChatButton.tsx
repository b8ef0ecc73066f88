import { useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { ComposeIcon } from '../internal/icons.tsx';
import { lazyPopup, preloadPopups } from '../internal/lazyPopup.tsx';
import { part } from '../internal/part.ts';
import type { NewChatPickerProps } from './NewChatPicker.tsx';

// In the lazily loaded popup module with the other Radix popups; hovering or focusing the
// button loads it before the click.
const NewChatPopover = lazyPopup((popups) => popups.NewChatPopover);

/** Props of {@link NewChatButton}. */
export interface NewChatButtonProps extends Omit<NewChatPickerProps, 'defaultQuery'> {
  /** `icon`: a round icon button (list headers); `button`: icon and text. Default `icon`. */
  variant?: 'icon' | 'button';
}

/**
 * "New conversation": opens a popover to find someone or a team (`NewChatPicker`) and starts
 * the chat with the one picked. `SessionList` shows it in its header and empty state.
 */
export function NewChatButton({ variant = 'icon', ...props }: NewChatButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = t('newChat.open');
  return (
    <>
      <button
        ref={button}
        type="button"
        {...part('new-chat-button', variant === 'icon' ? 'parley-icon-button' : 'parley-button')}
        data-variant={variant}
        aria-label={variant === 'icon' ? label : undefined}
        title={variant === 'icon' ? label : undefined}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preloadPopups}
        onFocus={preloadPopups}
        onClick={() => setOpen(true)}
      >
        <ComposeIcon />
        {variant === 'icon' ? null : <span>{label}</span>}
      </button>
      {open ? (
        <NewChatPopover {...props} anchorRef={button} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
