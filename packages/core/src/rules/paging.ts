import type { Page } from '../model/ChatAdapter.ts';

/** Largest page of history and sessions. */
export const MAX_PAGE_SIZE = 100;
/** Largest Easemob-style page (server conversations, pinned list). */
export const MAX_SMALL_PAGE_SIZE = 50;

/**
 * Clamps a page size into `[1, max]`; never an error. Non-numbers and NaN become `fallback`,
 * fractions round down.
 * @param max default {@link MAX_PAGE_SIZE}
 * @param fallback default `max`
 */
export function clampPageSize(limit: unknown, max = MAX_PAGE_SIZE, fallback = max): number {
  const value = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback;
  return Math.min(max, Math.max(1, value));
}

/**
 * Builds a page from up to `limit` items. A page shorter than asked means there is no
 * more: its cursor is empty (seed 002). A full page carries the cursor of its last item.
 */
export function toPage<T>(
  items: readonly T[],
  limit: number,
  cursorOf: (item: T) => string,
): Page<T> {
  const taken = items.slice(0, limit);
  const last = taken[taken.length - 1];
  if (taken.length < limit || last === undefined)
    return { items: taken, cursor: '', hasMore: false };
  return { items: taken, cursor: cursorOf(last), hasMore: true };
}

/**
 * Cuts the page after `cursor` out of a list already in page order; `keyOf` gives the key
 * that cursors encode. An unknown cursor yields an empty last page.
 */
export function pageAfter<T>(
  items: readonly T[],
  query: { cursor?: string; limit: number },
  keyOf: (item: T) => string,
): Page<T> {
  let start = 0;
  if (query.cursor) {
    const index = items.findIndex((item) => keyOf(item) === query.cursor);
    if (index < 0) return { items: [], cursor: '', hasMore: false };
    start = index + 1;
  }
  return toPage(items.slice(start, start + query.limit), query.limit, keyOf);
}
