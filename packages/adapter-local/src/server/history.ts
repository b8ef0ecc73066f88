import type { HistoryQuery, Message, Page } from '@parley/core';
import { clampLimit, decodeCursor, encodeCursor } from './paging.ts';
import type { ServerData } from './ServerData.ts';
import type { StoredMessage } from './types.ts';
import { isVisible, viewMessage } from './view.ts';

/** Default history page size. */
export const HISTORY_PAGE = 20;

/** First index whose message is "after" (monotone predicate: false…false true…true). */
function firstIndex(conv: readonly StoredMessage[], after: (m: StoredMessage) => boolean): number {
  let lo = 0;
  let hi = conv.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const message = conv[mid];
    if (message && !after(message)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A page of the account's history of a session. `older` pages run newest first, `newer`
 * pages oldest first; a page shorter than the (clamped) limit is the last one and has an
 * empty cursor.
 */
export function getHistory(data: ServerData, account: string, query: HistoryQuery): Page<Message> {
  const conv = data.conversation(account, query.sessionId);
  const record = data.sessions.get(account)?.get(query.sessionId);
  const limit = clampLimit(query.limit, HISTORY_PAGE);
  const older = (query.direction ?? 'older') === 'older';
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  // Index of the first message past the starting point in time order.
  let start: number;
  if (cursor) {
    start = firstIndex(
      conv,
      (m) => m.time > cursor.time || (m.time === cursor.time && m.idClient >= cursor.id),
    );
    if (!older) {
      const at = conv[start];
      if (at && at.time === cursor.time && at.idClient === cursor.id) start++;
    }
  } else if (query.anchorTime !== undefined) {
    const anchor = query.anchorTime;
    start = older
      ? firstIndex(conv, (m) => m.time >= anchor)
      : firstIndex(conv, (m) => m.time > anchor);
  } else {
    start = older ? conv.length : 0;
  }
  const items: StoredMessage[] = [];
  let hasMore = false;
  const step = older ? -1 : 1;
  for (let i = older ? start - 1 : start; i >= 0 && i < conv.length; i += step) {
    const message = conv[i];
    if (!message || !isVisible(record, message)) continue;
    if (items.length === limit) {
      hasMore = true;
      break;
    }
    items.push(message);
  }
  const last = items[items.length - 1];
  return {
    items: items.map((m) => viewMessage(data, account, m)),
    cursor: hasMore && last ? encodeCursor({ time: last.time, id: last.idClient }) : '',
    hasMore,
  };
}
