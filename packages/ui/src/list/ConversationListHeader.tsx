import type { ReactNode } from 'react';
import { UnreadBadge } from '../badge/UnreadBadge.tsx';
import { useT } from '../i18n/useT.ts';

/** Props of {@link ConversationListHeader}. */
export interface ConversationListHeaderProps {
  /** Shows the title with the total unread count. */
  showTitle: boolean;
  totalUnread: number;
  /** Controls at the end of the header (the "new conversation" button). */
  actions?: ReactNode;
}

/** The list's header: its title and unread total, and its actions. */
export function ConversationListHeader({
  showTitle,
  totalUnread,
  actions,
}: ConversationListHeaderProps) {
  const t = useT();
  return (
    <div className="parley-conversation-list-header" data-part="conversation-list-header">
      {showTitle ? (
        <>
          <span className="parley-conversation-list-title" data-part="conversation-list-title">
            {t('list.title')}
          </span>
          <UnreadBadge count={totalUnread} />
        </>
      ) : null}
      {actions ? (
        <span className="parley-conversation-list-actions" data-part="conversation-list-actions">
          {actions}
        </span>
      ) : null}
    </div>
  );
}
