import { parseSessionId } from '@parley/core/rules';
import { useChat, useConnection, useTeam, useTyping, useUser } from '@parley/react';
import { Avatar } from '../avatar/Avatar.tsx';
import { isolate } from '../i18n/isolate.ts';
import { useLocale } from '../i18n/useT.ts';
import { BackIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';

/** Props of {@link ChatHeader}. */
export interface ChatHeaderProps {
  sessionId: string;
  /** Shows a back button (narrow layouts, where the pane replaces the list). */
  onBack?: () => void;
  /** Id for the name heading, so the pane can be labelled by it. */
  titleId?: string;
}

function useTitle(sessionId: string) {
  const target = parseSessionId(sessionId);
  const p2p = target?.scene === 'p2p';
  const user = useUser(p2p && target ? target.to : '');
  const team = useTeam(!p2p && target ? target.to : '');
  const to = target?.to ?? sessionId;
  if (p2p) return { id: to, name: user?.nick || to, avatar: user?.avatar, members: undefined };
  return { id: to, name: team?.name || to, avatar: team?.avatar, members: team?.memberCount };
}

/**
 * The pane's header: avatar and name (team name with its member count), who is typing, and
 * connection problems, with a back button when the layout asks for one.
 */
export function ChatHeader({ sessionId, onBack, titleId }: ChatHeaderProps) {
  const { t, format } = useLocale();
  const chat = useChat();
  const title = useTitle(sessionId);
  const typing = useTyping(sessionId);
  const connection = useConnection();
  const p2p = title.members === undefined;

  let subtitle = '';
  if (typing.length > 0) {
    const names = typing.map((a) => isolate(chat.store.getState().users[a]?.nick || a));
    subtitle = p2p
      ? t('pane.header.typing')
      : t('pane.header.typingNames', { names: format.list(names), count: names.length });
  } else if (title.members !== undefined) {
    subtitle = t('pane.header.members', { count: title.members });
  }

  const status = connection.status;
  const problem =
    status === 'connected' || status === 'idle'
      ? null
      : status === 'disconnected'
        ? t('pane.header.offline')
        : t('pane.header.connecting');

  return (
    <header {...part('chat-header')} data-state={typing.length > 0 ? 'typing' : 'idle'}>
      {onBack ? (
        <button
          type="button"
          className="parley-icon-button parley-back-button"
          data-part="back-button"
          aria-label={t('pane.header.back')}
          onClick={onBack}
        >
          <BackIcon />
        </button>
      ) : null}
      <Avatar id={title.id} name={title.name} src={title.avatar} decorative />
      <div className="parley-chat-header-text" data-part="chat-header-text">
        <h2 id={titleId} className="parley-chat-title" data-part="chat-title" dir="auto">
          {title.name}
        </h2>
        <p className="parley-chat-subtitle" data-part="chat-subtitle" aria-live="polite">
          {subtitle}
        </p>
      </div>
      {problem ? (
        <p className="parley-connection-banner" data-part="connection-banner" role="status">
          {problem}
          {status === 'disconnected' ? (
            <button
              type="button"
              className="parley-link-button"
              data-part="reconnect"
              onClick={() => void connection.connect().catch(() => undefined)}
            >
              {t('pane.header.reconnect')}
            </button>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
