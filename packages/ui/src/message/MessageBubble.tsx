import type { Message } from '@parley/core';
import { type HTMLAttributes, memo, type ReactNode } from 'react';
import { Avatar } from '../avatar/Avatar.tsx';
import { useLocale } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';

/** Props of {@link MessageBubble}. */
export interface MessageBubbleProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  message: Message;
  /** The signed-in account: my messages align to the end. */
  me: string;
  /** Sender's display name. Default: the account. */
  senderName?: string;
  /** Sender's avatar URL. */
  senderAvatar?: string;
  /** Show the sender's name above the bubble. Default: incoming team messages. */
  showSender?: boolean;
  /**
   * A follow-up of the previous message by the same sender: avatar and name are hidden (their
   * space is kept, so bubbles line up). Default false.
   */
  grouped?: boolean;
  /** Delivery state, usually a `MessageStatus`. */
  status?: ReactNode;
  /** Under the bubble, usually `ReactionChips`. */
  reactions?: ReactNode;
  /** The content, usually a `MessageContent` (after a `ReplyQuote` for a reply). */
  children: ReactNode;
}

/** True for messages shown as a centered system line rather than a bubble. */
export function isSystemMessage(message: Message): boolean {
  return Boolean(message.recall) || message.type === 'tip' || message.type === 'notification';
}

/**
 * One message row: avatar, sender name (team), the bubble with its content, reactions under it,
 * "edited", time and status.
 * Mine align to the end, theirs to the start (logical, so RTL flips them); tips,
 * notifications and recall notices render as centered system lines.
 */
export const MessageBubble = memo(function MessageBubble({
  message,
  me,
  senderName,
  senderAvatar,
  showSender,
  grouped = false,
  status,
  reactions,
  children,
  className,
  ...rest
}: MessageBubbleProps) {
  const { t, format } = useLocale();
  const mine = message.from === me;
  const name = mine ? t('common.you') : (senderName ?? message.from);
  const time = format.time(message.time);
  const common = {
    ...rest,
    'data-direction': mine ? 'out' : 'in',
    'data-status': message.status,
    'data-grouped': grouped || undefined,
  };

  if (isSystemMessage(message)) {
    return (
      <div {...common} {...part('message', className)} data-variant="system">
        {children}
      </div>
    );
  }

  const withSender = showSender ?? (!mine && message.scene !== 'p2p');
  return (
    <article
      {...common}
      {...part('message', className)}
      data-variant="bubble"
      data-state={mine ? 'out' : 'in'}
      aria-label={t('message.label', { name, time: format.dateTime(message.time) })}
    >
      {mine ? null : (
        <span className="parley-message-avatar" data-part="message-avatar">
          {grouped ? null : (
            <Avatar
              id={message.from}
              name={senderName ?? message.from}
              src={senderAvatar}
              size="sm"
              decorative
            />
          )}
        </span>
      )}
      <div className="parley-message-main" data-part="message-main">
        {withSender && !grouped ? (
          <span className="parley-message-sender" data-part="message-sender" dir="auto">
            {senderName ?? message.from}
          </span>
        ) : null}
        <div className="parley-bubble" data-part="bubble" data-type={message.type}>
          {children}
        </div>
        {reactions}
        <div className="parley-message-meta" data-part="message-meta">
          {message.editedAt === undefined ? null : (
            <span
              className="parley-message-edited"
              data-part="message-edited"
              title={t('edit.editedAt', { time: format.dateTime(message.editedAt) })}
            >
              {t('edit.edited')}
            </span>
          )}
          <time
            className="parley-message-time"
            data-part="message-time"
            dateTime={
              Number.isFinite(message.time) ? new Date(message.time).toISOString() : undefined
            }
            title={format.dateTime(message.time)}
          >
            {time}
          </time>
          {status}
        </div>
      </div>
    </article>
  );
});
