import type { Session, SessionId } from '@parley/core';
import { type HTMLAttributes, memo, type ReactNode } from 'react';
import { Avatar } from '../avatar/Avatar.tsx';
import { UnreadBadge } from '../badge/UnreadBadge.tsx';
import { useLocale } from '../i18n/useT.ts';
import { AlertIcon, BellOffIcon, PinIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { Spinner } from '../spinner/Spinner.tsx';
import { sessionPreview } from './sessionPreview.ts';

/** Props of {@link ConversationRow}. */
export interface ConversationRowProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'onSelect' | 'children'> {
  session: Session;
  /** Display name (peer nick or team name). */
  name: string;
  /** Avatar URL; initials otherwise. */
  avatar?: string;
  /** The signed-in account (its own messages are not prefixed with a name). */
  me: string;
  /** Display name of a sender, for team previews. Default: the account. */
  getName?: (account: string) => string;
  /** The open conversation. Default false. */
  selected?: boolean;
  /** Activated by click, Enter or Space. */
  onSelect?: (sessionId: SessionId) => void;
  /** Reference "now" for the time column. Default `Date.now()`. */
  now?: number;
  /** Extra content at the end of the second line (e.g. an "@me" tag). */
  extra?: ReactNode;
}

const identity = (account: string) => account;

/**
 * One conversation in the list: avatar, name, time, last-message preview (draft, recalled,
 * sending, failed), unread badge (muted variant for muted sessions), pinned and muted markers.
 * A listbox `option`: the list owns focus and selection; memoized so one changed session
 * re-renders only its row.
 */
export const ConversationRow = memo(function ConversationRow({
  session,
  name,
  avatar,
  me,
  getName = identity,
  selected = false,
  onSelect,
  now,
  extra,
  className,
  onClick,
  onKeyDown,
  ...rest
}: ConversationRowProps) {
  const { t, format } = useLocale();
  const preview = sessionPreview(session, { me, getName, t, list: format.list });
  const pinned = session.stickTopInfo.isStickOnTop;
  const time = session.lastMsg?.time ?? session.updateTime;
  const mutedUnread = session.mute && session.unread > 0;
  return (
    <div
      tabIndex={-1}
      {...rest}
      {...part('conversation-row', className)}
      role="option"
      aria-selected={selected}
      data-state={selected ? 'selected' : 'idle'}
      data-pinned={pinned || undefined}
      data-muted={session.mute || undefined}
      data-unread={session.unread > 0 || undefined}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) onSelect?.(session.id);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented || event.target !== event.currentTarget) return;
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect?.(session.id);
        }
      }}
    >
      <span className="parley-conversation-avatar" data-part="conversation-avatar">
        <Avatar id={session.to} name={name} src={avatar} decorative />
      </span>
      <span className="parley-conversation-body" data-part="conversation-body">
        <span className="parley-conversation-top" data-part="conversation-top">
          <span className="parley-conversation-name" data-part="conversation-name" dir="auto">
            {name}
          </span>
          {pinned ? (
            <span
              className="parley-pin-marker"
              data-part="pin-marker"
              role="img"
              aria-label={t('session.pinned')}
            >
              <PinIcon />
            </span>
          ) : null}
          <span className="parley-conversation-time" data-part="conversation-time">
            {time > 0 ? format.listTime(time, now) : ''}
          </span>
        </span>
        <span className="parley-conversation-bottom" data-part="conversation-bottom">
          <span
            className="parley-conversation-preview"
            data-part="conversation-preview"
            data-state={preview.kind}
          >
            {preview.kind === 'draft' ? (
              <span className="parley-draft-marker" data-part="draft-marker">
                {t('session.draft')}{' '}
              </span>
            ) : null}
            {preview.kind === 'sending' ? <Spinner size="sm" label={t('session.sending')} /> : null}
            {preview.kind === 'failed' ? (
              <span
                className="parley-failed-marker"
                data-part="failed-marker"
                role="img"
                aria-label={t('session.failed')}
              >
                <AlertIcon />
              </span>
            ) : null}
            {mutedUnread && preview.kind !== 'draft'
              ? `${t('session.mutedUnread', { count: session.unread })} `
              : null}
            <span dir="auto">{preview.kind === 'empty' ? t('session.empty') : preview.text}</span>
          </span>
          {extra}
          {session.mute ? (
            <span
              className="parley-muted-marker"
              data-part="muted-marker"
              role="img"
              aria-label={t('session.muted')}
            >
              <BellOffIcon />
            </span>
          ) : null}
          <UnreadBadge count={session.unread} muted={session.mute} dot={session.mute} />
        </span>
      </span>
    </div>
  );
});
