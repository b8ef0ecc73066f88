import type { Session, SessionId } from '@parley/core';
import { type HTMLAttributes, memo, type ReactNode } from 'react';
import { Avatar } from '../avatar/Avatar.tsx';
import { UnreadBadge } from '../badge/UnreadBadge.tsx';
import { useLocale } from '../i18n/useT.ts';
import { AlertIcon, BellOffIcon, PinIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { Spinner } from '../spinner/Spinner.tsx';
import { sessionPreview } from './sessionPreview.ts';

/** Props of {@link SessionRow}. */
export interface SessionRowProps
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
  /** The open session. Default false. */
  selected?: boolean;
  /** Activated by click, Enter or Space. */
  onSelect?: (sessionId: SessionId) => void;
  /** Reference "now" for the time column. Default `Date.now()`. */
  now?: number;
  /** Extra content at the end of the second line (e.g. an "@me" tag). */
  extra?: ReactNode;
}

const identity = (account: string) => account;

/** An icon that says something about the session, named for screen readers. */
function Marker({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <span {...part(name)} role="img" aria-label={label}>
      {children}
    </span>
  );
}

/**
 * One session in the list: avatar, name, time, last-message preview (draft, recalled,
 * sending, failed), unread badge (muted variant for muted sessions), pinned and muted markers.
 * A listbox `option`: the list owns focus and selection; memoized so one changed session
 * re-renders only its row.
 */
export const SessionRow = memo(function SessionRow({
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
}: SessionRowProps) {
  const { t, format } = useLocale();
  const preview = sessionPreview(session, { me, getName, t, list: format.list });
  const pinned = session.stickTopInfo.isStickOnTop;
  const time = session.lastMsg?.time ?? session.updateTime;
  const mutedUnread = session.mute && session.unread > 0;
  return (
    <div
      tabIndex={-1}
      {...rest}
      {...part('session-row', className)}
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
      <span className="parley-session-avatar" data-part="session-avatar">
        <Avatar id={session.to} name={name} src={avatar} decorative />
      </span>
      <span className="parley-session-body" data-part="session-body">
        <span className="parley-session-top" data-part="session-top">
          <span className="parley-session-name" data-part="session-name" dir="auto">
            {name}
          </span>
          {pinned ? (
            <Marker name="pin-marker" label={t('session.pinned')}>
              <PinIcon />
            </Marker>
          ) : null}
          <span className="parley-session-time" data-part="session-time">
            {time > 0 ? format.listTime(time, now) : ''}
          </span>
        </span>
        <span className="parley-session-bottom" data-part="session-bottom">
          <span
            className="parley-session-preview"
            data-part="session-preview"
            data-state={preview.kind}
          >
            {preview.kind === 'draft' ? (
              <span className="parley-draft-marker" data-part="draft-marker">
                {t('session.draft')}{' '}
              </span>
            ) : null}
            {preview.kind === 'sending' ? <Spinner size="sm" label={t('session.sending')} /> : null}
            {preview.kind === 'failed' ? (
              <Marker name="failed-marker" label={t('session.failed')}>
                <AlertIcon />
              </Marker>
            ) : null}
            {mutedUnread && preview.kind !== 'draft'
              ? `${t('session.mutedUnread', { count: session.unread })} `
              : null}
            <span dir={preview.written ? 'auto' : undefined}>
              {preview.kind === 'empty' ? t('session.empty') : preview.text}
            </span>
          </span>
          {extra}
          {session.mute ? (
            <Marker name="muted-marker" label={t('session.muted')}>
              <BellOffIcon />
            </Marker>
          ) : null}
          <UnreadBadge count={session.unread} muted={session.mute} dot={session.mute} />
        </span>
      </span>
    </div>
  );
});
