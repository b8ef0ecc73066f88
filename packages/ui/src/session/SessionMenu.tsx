import type { Session, SessionId } from '@parley/core';
import { type ReactNode, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { lazyPopup } from '../internal/lazyPopup.tsx';
import { ActionMenu } from '../menu/ActionMenu.tsx';
import type { ActionMenuItem } from '../menu/ActionMenuItem.ts';

// The Radix AlertDialog is in the lazily loaded popup module (the row's ActionMenu loads it).
const DeleteSessionDialog = lazyPopup((popups) => popups.DeleteSessionDialog);

/** Props of {@link SessionMenu}. Each action shows only when its handler is given. */
export interface SessionMenuProps {
  session: Session;
  /** Display name of the session. */
  name: string;
  onPin?: (sessionId: SessionId) => void;
  onUnpin?: (sessionId: SessionId) => void;
  /** Shown while the session has unread messages. */
  onMarkRead?: (sessionId: SessionId) => void;
  onSetMute?: (sessionId: SessionId, mute: boolean) => void;
  /** Asked after a confirm dialog, which offers to clear the history too. */
  onDelete?: (sessionId: SessionId, options: { clearHistory: boolean }) => void;
  /** See `ActionMenu`. Default `pointer` (rows are focusable options of a listbox). */
  moreButton?: 'tabbable' | 'pointer';
  /** The row. */
  children: ReactNode;
}

/**
 * The session row menu: pin/unpin, mark read, mute/unmute and delete (confirmed, with a
 * "clear history" option), opened by right click, the "more" button, Shift+F10 or the
 * ContextMenu key.
 */
export function SessionMenu({
  session,
  name,
  onPin,
  onUnpin,
  onMarkRead,
  onSetMute,
  onDelete,
  moreButton = 'pointer',
  children,
}: SessionMenuProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  // The dialog mounts the first time it is needed: a list of rows must not build one each.
  const [dialogUsed, setDialogUsed] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const id = session.id;
  const pinned = session.stickTopInfo.isStickOnTop;

  const items: ActionMenuItem[] = [];
  if (pinned && onUnpin)
    items.push({ id: 'unpin', label: t('session.menu.unpin'), onSelect: () => onUnpin(id) });
  if (!pinned && onPin)
    items.push({ id: 'pin', label: t('session.menu.pin'), onSelect: () => onPin(id) });
  if (session.unread > 0 && onMarkRead) {
    items.push({
      id: 'markRead',
      label: t('session.menu.markRead'),
      onSelect: () => onMarkRead(id),
    });
  }
  if (onSetMute) {
    items.push(
      session.mute
        ? { id: 'unmute', label: t('session.menu.unmute'), onSelect: () => onSetMute(id, false) }
        : { id: 'mute', label: t('session.menu.mute'), onSelect: () => onSetMute(id, true) },
    );
  }
  if (onDelete) {
    items.push({
      id: 'delete',
      label: t('session.menu.delete'),
      danger: true,
      onSelect: () => {
        // Open after the menu has closed and handed focus back, so the dialog can return it there.
        // Radix hands focus back in a timeout it schedules when the menu unmounts, i.e. after
        // this handler: only a second task sees the restored focus.
        setTimeout(() => {
          setTimeout(() => {
            const active = document.activeElement;
            returnFocus.current = active instanceof HTMLElement ? active : null;
            setDialogUsed(true);
            setConfirming(true);
          }, 0);
        }, 0);
      },
    });
  }

  return (
    <>
      <ActionMenu
        items={items}
        label={t('session.menu.label', { name })}
        moreLabel={t('session.menu.more', { name })}
        moreButton={moreButton}
      >
        {children}
      </ActionMenu>
      {onDelete && dialogUsed ? (
        <DeleteSessionDialog
          open={confirming}
          onOpenChange={setConfirming}
          name={name}
          onConfirm={(options) => onDelete(id, options)}
          onCloseAutoFocus={(event) => {
            const target = returnFocus.current;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
        />
      ) : null}
    </>
  );
}
