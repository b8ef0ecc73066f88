import type { Message } from '@parley/core';
import { DEFAULT_RECALL_WINDOW_MS } from '@parley/core/rules';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { ActionMenu } from '../menu/ActionMenu.tsx';
import type { ActionMenuItem } from '../menu/ActionMenuItem.ts';

/** Props of {@link MessageMenu}. Each action shows only when it applies and its handler is given. */
export interface MessageMenuProps {
  message: Message;
  /** The signed-in account. */
  me: string;
  /** Copies the text. Default: the message's text to the clipboard (text messages only). */
  onCopy?: (message: Message) => void;
  onForward?: (message: Message) => void;
  /** Shown for my sent messages inside the recall window. */
  onRecall?: (message: Message) => void;
  /** One-sided delete. */
  onDelete?: (message: Message) => void;
  /** Shown for failed messages of mine. */
  onResend?: (message: Message) => void;
  /**
   * How long after sending a message may be recalled, ms: pass the backend's
   * (`chat.recallWindowMs`, as `MessageList` does). Default the seeds' two minutes
   * (`DEFAULT_RECALL_WINDOW_MS`).
   */
  recallWindowMs?: number;
  /** Current time, for the recall window. Default `Date.now()`. */
  now?: number;
  /** See `ActionMenu`. Default `tabbable`. */
  moreButton?: 'tabbable' | 'pointer';
  /** The message row. */
  children: ReactNode;
}

function copyToClipboard(message: Message): void {
  void navigator.clipboard?.writeText(message.body).catch(() => undefined);
}

/** The actions that apply to a message, in menu order. */
export function messageActions(
  props: Omit<MessageMenuProps, 'children' | 'moreButton'>,
  t: ReturnType<typeof useT>,
): ActionMenuItem[] {
  const { message, me, onForward, onRecall, onDelete, onResend } = props;
  const onCopy = props.onCopy ?? copyToClipboard;
  const mine = message.from === me;
  const recalled = Boolean(message.recall);
  const delivered = message.status !== 'sending' && message.status !== 'sendFailed';
  const now = props.now ?? Date.now();
  const recallWindow = props.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
  const items: ActionMenuItem[] = [];
  if (mine && message.status === 'sendFailed' && onResend) {
    items.push({
      id: 'resend',
      label: t('message.menu.resend'),
      onSelect: () => onResend(message),
    });
  }
  if (!recalled && message.type === 'text' && message.body) {
    items.push({ id: 'copy', label: t('message.menu.copy'), onSelect: () => onCopy(message) });
  }
  const content = !recalled && message.type !== 'tip' && message.type !== 'notification';
  if (content && delivered && onForward) {
    items.push({
      id: 'forward',
      label: t('message.menu.forward'),
      onSelect: () => onForward(message),
    });
  }
  if (content && mine && delivered && onRecall && now - message.time < recallWindow) {
    items.push({
      id: 'recall',
      label: t('message.menu.recall'),
      onSelect: () => onRecall(message),
    });
  }
  if (onDelete) {
    items.push({
      id: 'delete',
      label: t('message.menu.delete'),
      danger: true,
      onSelect: () => onDelete(message),
    });
  }
  return items;
}

/**
 * The message menu: copy, forward, recall (mine, inside the window), delete for me and resend,
 * opened by right click, the "more" button, Shift+F10 or the ContextMenu key.
 */
export function MessageMenu({ children, moreButton = 'tabbable', ...props }: MessageMenuProps) {
  const t = useT();
  return (
    <ActionMenu
      items={messageActions(props, t)}
      label={t('message.menu.label')}
      moreLabel={t('message.menu.more')}
      moreButton={moreButton}
    >
      {children}
    </ActionMenu>
  );
}
