import { memo } from 'react';
import { useLocale } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';

/** Props of {@link UnreadBadge}. */
export interface UnreadBadgeProps {
  /** Unread count; nothing renders at 0 or below. */
  count: number;
  /** Larger counts show as `max+`. Default 99. */
  max?: number;
  /** Grey, for muted sessions (still counted, not alarming). Default false. */
  muted?: boolean;
  /** A dot without a number (muted sessions often show only this). Default false. */
  dot?: boolean;
}

/**
 * The unread count bubble: `99+` beyond `max`, a quieter variant for muted sessions, and the
 * full count in its accessible name ("120 unread messages").
 */
export const UnreadBadge = memo(function UnreadBadge({
  count,
  max = 99,
  muted = false,
  dot = false,
}: UnreadBadgeProps) {
  const { t, format } = useLocale();
  if (!Number.isFinite(count) || count <= 0) return null;
  const whole = Math.floor(count);
  return (
    <span
      {...part('unread-badge')}
      data-state={muted ? 'muted' : 'active'}
      data-variant={dot ? 'dot' : 'count'}
      role="img"
      aria-label={t('badge.unread', { count: whole })}
    >
      {dot ? null : format.count(whole, max)}
    </span>
  );
});
