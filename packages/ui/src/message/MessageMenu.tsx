import type { Message } from '@parley/core';
import { DEFAULT_RECALL_WINDOW_MS, myReactionKeys } from '@parley/core/rules';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { ActionMenu } from '../menu/ActionMenu.tsx';
import type { ActionMenuItem } from '../menu/ActionMenuItem.ts';
import { useReactionSet } from '../reactions/ReactionSet.ts';

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
  /** Quotes the message in the next one I send. Shown for delivered messages. */
  onReply?: (message: Message) => void;
  /** Turns my reaction with `key` on or off: a row of quick reactions tops the menu. */
  onReact?: (message: Message, key: string) => void;
  /** Opens the fuller reaction picker ("React…"). */
  onPickReaction?: (message: Message) => void;
  /** Puts my text message into the input to edit it; shown inside the edit window. */
  onEdit?: (message: Message) => void;
  /** How long after sending my text may be edited, ms (`chat.editWindowMs`). Default: no limit. */
  editWindowMs?: number;
  /** The quick reactions. Default: the `ParleyRoot`'s `reactions`. */
  reactions?: readonly string[];
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

/** A message others can be shown: sent, not recalled, not a system line. */
function isDeliveredContent(message: Message): boolean {
  return (
    !message.recall &&
    message.type !== 'tip' &&
    message.type !== 'notification' &&
    message.status !== 'sending' &&
    message.status !== 'sendFailed'
  );
}

/** Whether a message can be quoted in a reply. */
export function canReply(message: Message): boolean {
  return isDeliveredContent(message);
}

/** Whether `me` can edit a message at `now`: my delivered text inside the edit window. */
export function canEdit(message: Message, me: string, now: number, windowMs = Infinity): boolean {
  return (
    message.from === me &&
    message.type === 'text' &&
    isDeliveredContent(message) &&
    now - message.time < windowMs
  );
}

function copyToClipboard(message: Message): void {
  void navigator.clipboard?.writeText(message.body).catch(() => undefined);
}

/** The actions that apply to a message, in menu order. */
export function messageActions(
  props: Omit<MessageMenuProps, 'children' | 'moreButton'>,
  t: ReturnType<typeof useT>,
): ActionMenuItem[] {
  const { message, me, onForward, onRecall, onDelete, onResend, onReply, onReact, onEdit } = props;
  const { onPickReaction } = props;
  const onCopy = props.onCopy ?? copyToClipboard;
  const mine = message.from === me;
  const recalled = Boolean(message.recall);
  const delivered = message.status !== 'sending' && message.status !== 'sendFailed';
  const now = props.now ?? Date.now();
  const recallWindow = props.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
  const items: ActionMenuItem[] = [];
  const reactable = isDeliveredContent(message);
  if (reactable && onReact) {
    const on = myReactionKeys(message.reactions, me);
    for (const key of props.reactions ?? []) {
      items.push({
        id: `react:${key}`,
        label: t('reactions.react', { emoji: key }),
        glyph: key,
        group: 'reactions',
        checked: on.includes(key),
        onSelect: () => onReact(message, key),
      });
    }
  }
  if (mine && message.status === 'sendFailed' && onResend) {
    items.push({
      id: 'resend',
      label: t('message.menu.resend'),
      onSelect: () => onResend(message),
    });
  }
  if (canReply(message) && onReply) {
    items.push({ id: 'reply', label: t('reply.action'), onSelect: () => onReply(message) });
  }
  if (reactable && onPickReaction) {
    items.push({
      id: 'react',
      label: t('reactions.action'),
      onSelect: () => onPickReaction(message),
    });
  }
  if (onEdit && canEdit(message, me, now, props.editWindowMs)) {
    items.push({ id: 'edit', label: t('edit.action'), onSelect: () => onEdit(message) });
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
 * The message menu: quick reactions, reply, react, edit (my text, inside the window), copy,
 * forward, recall (mine, inside the window), delete for me and resend, opened by right click,
 * the "more" button, Shift+F10 or the ContextMenu key.
 */
export function MessageMenu({ children, moreButton = 'tabbable', ...props }: MessageMenuProps) {
  const t = useT();
  const reactions = useReactionSet();
  return (
    <ActionMenu
      items={messageActions({ ...props, reactions: props.reactions ?? reactions }, t)}
      label={t('message.menu.label')}
      moreLabel={t('message.menu.more')}
      moreButton={moreButton}
    >
      {children}
    </ActionMenu>
  );
}
