import { ChatError } from '@parley/core';
import { clampPageSize, MAX_PAGE_SIZE } from '@parley/core/rules';

/**
 * Clamps a requested page size into `1..100` (core's rule); anything that is not a finite
 * number falls back to `fallback`.
 */
export function clampLimit(limit: number | undefined, fallback: number): number {
  return clampPageSize(limit, MAX_PAGE_SIZE, fallback);
}

/** Cursor of a position in a list ordered by time, with an id to break ties. */
export interface TimeCursor {
  time: number;
  id: string;
}

/** Encodes a cursor as an opaque string. */
export function encodeCursor(cursor: TimeCursor): string {
  return `${cursor.time}:${cursor.id}`;
}

/** Decodes a cursor; a malformed one is an `INVALID_ARGUMENT`. */
export function decodeCursor(cursor: string): TimeCursor {
  const colon = cursor.indexOf(':');
  const time = Number(cursor.slice(0, colon));
  if (colon <= 0 || !Number.isFinite(time)) {
    throw new ChatError('INVALID_ARGUMENT', `Malformed cursor "${cursor}"`, {
      details: { cursor },
    });
  }
  return { time, id: cursor.slice(colon + 1) };
}

/**
 * Index of the first element whose key is greater than `time` (upper bound) in a list
 * sorted ascending by `key`.
 */
export function upperBound<T>(items: readonly T[], time: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && key(item) <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
