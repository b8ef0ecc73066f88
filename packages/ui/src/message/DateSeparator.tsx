import { memo } from 'react';
import { useFormatters } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';

/** Props of {@link DateSeparator}. */
export interface DateSeparatorProps {
  /** Any time on the day (ms). */
  time: number;
  /** Reference "now" for Today/Yesterday. Default `Date.now()`. */
  now?: number;
}

/** A day boundary in a session: Today, Yesterday, a weekday, or the date, in the active locale. */
export const DateSeparator = memo(function DateSeparator({ time, now }: DateSeparatorProps) {
  const format = useFormatters();
  const label = format.dayLabel(time, now);
  return (
    <div {...part('date-separator')}>
      <span className="parley-date-separator-label" data-part="date-separator-label">
        {label}
      </span>
    </div>
  );
});
