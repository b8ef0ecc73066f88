import type { ReactNode } from 'react';
import { UnreadBadge } from '../badge/UnreadBadge.tsx';
import { useT } from '../i18n/useT.ts';

/** Props of {@link SessionListHeader}. */
export interface SessionListHeaderProps {
  /** Shows the title with the total unread count. */
  showTitle: boolean;
  totalUnread: number;
  /** Controls at the end of the header (the "new session" button). */
  actions?: ReactNode;
}

/** The list's header: its title and unread total, and its actions. */
export function SessionListHeader({ showTitle, totalUnread, actions }: SessionListHeaderProps) {
  const t = useT();
  return (
    <div className="parley-session-list-header" data-part="session-list-header">
      {showTitle ? (
        <>
          <span className="parley-session-list-title" data-part="session-list-title">
            {t('list.title')}
          </span>
          <UnreadBadge count={totalUnread} />
        </>
      ) : null}
      {actions ? (
        <span className="parley-session-list-actions" data-part="session-list-actions">
          {actions}
        </span>
      ) : null}
    </div>
  );
}
