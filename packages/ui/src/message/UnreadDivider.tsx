import { memo } from 'react';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';

/** Props of {@link UnreadDivider}. */
export interface UnreadDividerProps {
  /** Unread messages below the divider; without it the label is "New messages". */
  count?: number;
}

/** Marks where unread messages start when a session is opened. */
export const UnreadDivider = memo(function UnreadDivider({ count }: UnreadDividerProps) {
  const t = useT();
  const label =
    count !== undefined && Number.isFinite(count) && count > 0
      ? t('divider.unread', { count: Math.floor(count) })
      : t('divider.newMessages');
  return (
    <div {...part('unread-divider')}>
      <span className="parley-unread-divider-label" data-part="unread-divider-label">
        {label}
      </span>
    </div>
  );
});
