import type { ParleyT } from './ParleyKey.ts';

const DAY_MS = 86_400_000;

/** Locale-aware formatting of times, sizes and counts; one set per active locale. */
export interface Formatters {
  /** The active locale. */
  locale: string;
  /** Clock time, e.g. `3:04 PM` / `15:04`. */
  time(ms: number): string;
  /** Full date and time for tooltips, e.g. `March 5, 2024 at 3:04 PM`. */
  dateTime(ms: number): string;
  /**
   * Day label for date separators: Today, Yesterday, the weekday within the last week,
   * otherwise the date (with the year when it is not the current one).
   */
  dayLabel(ms: number, now?: number): string;
  /** Compact time for session rows: the clock today, otherwise the day label. */
  listTime(ms: number, now?: number): string;
  /** Byte size, e.g. `1.5 MB`. */
  fileSize(bytes: number): string;
  /** A count capped at `max`, e.g. `99+`. Default max 99. */
  count(n: number, max?: number): string;
  /** Duration as `m:ss` (or `h:mm:ss`), in the locale's digits. */
  duration(ms: number): string;
  /** A list of names, e.g. `Ann, Bob, and Cy`. */
  list(items: readonly string[]): string;
  /** A percentage from 0..1, e.g. `42%`. */
  percent(ratio: number): string;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole calendar days between two instants in local time (DST-safe). */
function dayDiff(ms: number, now: number): number {
  return Math.round((startOfDay(now) - startOfDay(ms)) / DAY_MS);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `make()` on the first call, the same value after. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** Builds {@link Formatters} for a locale; `Intl` objects are created once and reused. */
export function createFormatters(locale: string, t: ParleyT): Formatters {
  // Created on first use: a list mounting thousands of rows needs two or three of these, and
  // each `Intl` constructor costs about as much as rendering a row.
  const timeFormat = once(
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
  );
  const dateTimeFormat = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  );
  const weekdayFormat = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long' }));
  const shortWeekdayFormat = once(() => new Intl.DateTimeFormat(locale, { weekday: 'short' }));
  const monthDayFormat = once(
    () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }),
  );
  const fullDateFormat = once(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
  );
  const numericDateFormat = once(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }),
  );
  const integer = once(() => new Intl.NumberFormat(locale));
  // Two-digit minutes and seconds of a duration, in the locale's digits (`٠٥` in `ar-EG`).
  const twoDigits = once(() => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }));
  const percentFormat = once(() => new Intl.NumberFormat(locale, { style: 'percent' }));
  const sizeFormats = SIZE_UNITS.map((unit) =>
    once(
      () =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: unit === 'byte' ? 'long' : 'short',
          maximumFractionDigits: 1,
        }),
    ),
  );
  const listFormat = once(
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );

  const valid = (ms: number) => Number.isFinite(ms) && !Number.isNaN(new Date(ms).getTime());

  const dayLabel = (ms: number, now = Date.now()) => {
    if (!valid(ms)) return '';
    const diff = dayDiff(ms, now);
    if (diff === 0) return t('time.today');
    if (diff === 1) return t('time.yesterday');
    if (diff > 1 && diff < 7) return weekdayFormat().format(ms);
    const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
    return sameYear ? monthDayFormat().format(ms) : fullDateFormat().format(ms);
  };

  return {
    locale,
    time: (ms) => (valid(ms) ? timeFormat().format(ms) : ''),
    dateTime: (ms) => (valid(ms) ? dateTimeFormat().format(ms) : ''),
    dayLabel,
    listTime(ms, now = Date.now()) {
      if (!valid(ms)) return '';
      const diff = dayDiff(ms, now);
      if (diff <= 0) return timeFormat().format(ms);
      if (diff === 1) return t('time.yesterday');
      if (diff < 7) return shortWeekdayFormat().format(ms);
      const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
      return sameYear ? monthDayFormat().format(ms) : numericDateFormat().format(ms);
    },
    fileSize(bytes) {
      if (!Number.isFinite(bytes) || bytes < 0) return '';
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      return (sizeFormats[unit]?.() ?? integer()).format(unit === 0 ? Math.round(value) : value);
    },
    count(n, max = 99) {
      if (!Number.isFinite(n) || n <= 0) return integer().format(0);
      return n > max ? `${integer().format(max)}+` : integer().format(Math.floor(n));
    },
    duration(ms) {
      const total = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = twoDigits().format(total % 60);
      return h > 0
        ? `${integer().format(h)}:${twoDigits().format(m)}:${s}`
        : `${integer().format(m)}:${s}`;
    },
    list: (items) => listFormat().format(items),
    percent: (ratio) => percentFormat().format(Math.min(1, Math.max(0, ratio))),
  };
}
