import type { HistoryQuery, Message, Page } from '@parley/core';
import { ChatError } from '@parley/core';
import {
  clampPageSize,
  compareMessages,
  MAX_PAGE_SIZE,
  MAX_SMALL_PAGE_SIZE,
  mergeMessage,
} from '@parley/core/rules';
import { conversationTarget } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { completeReactions } from './easemobReactions.ts';
import { toMessage } from './toMessage.ts';

/** Parley's default history page. */
const DEFAULT_LIMIT = 20;
/** Server round trips one page may take. */
const MAX_ROUNDS = 10;

type Key = Pick<Message, 'time' | 'idClient'>;
/** Where a page ended: the last message's key and the server message to go on from. */
type Cursor = { time: number; idClient: string; server: string };

function encodeCursor(cursor: Cursor): string {
  return JSON.stringify([cursor.time, cursor.idClient, cursor.server]);
}

function decodeCursor(text: string): Cursor {
  try {
    const [time, idClient, server] = JSON.parse(text);
    if (typeof time === 'number' && typeof idClient === 'string' && typeof server === 'string') {
      return { time, idClient, server };
    }
  } catch {
    // fall through
  }
  throw new ChatError('INVALID_ARGUMENT', `Not a history cursor: ${text}`);
}

/**
 * One page of a session's history from `getHistoryMessages` (seed 002), in Parley's terms:
 * `older` is the SDK's `up` (newest first), `newer` its `down`; an anchor time is the SDK's
 * `endTime` / `startTime`. The server pages by at most 50 and by message id, so a Parley page
 * (up to 100) may take several calls, and reads one message more than asked to know whether
 * it is the last. Recalled messages, which the server drops, come back as this device's recall
 * notices in the range the page covers.
 */
export async function fetchHistory(
  query: HistoryQuery,
  deps: EasemobAdapterDeps,
): Promise<Page<Message>> {
  const { to, chatType } = conversationTarget(query?.sessionId);
  const older = (query.direction ?? 'older') === 'older';
  const limit = clampPageSize(query.limit, MAX_PAGE_SIZE, DEFAULT_LIMIT);
  const order = (a: Key, b: Key) => (older ? compareMessages(b, a) : compareMessages(a, b));
  const start = query.cursor ? decodeCursor(query.cursor) : null;
  let bound: Key | null = start;
  const anchor =
    !start && typeof query.anchorTime === 'number' && Number.isFinite(query.anchorTime)
      ? query.anchorTime
      : undefined;
  if (anchor !== undefined) bound = { time: anchor, idClient: older ? '' : '\uffff' };
  const beyond = (m: Key) => !bound || order(bound, m) < 0;
  const me = deps.me();
  const seen = (id: string) => deps.seen.get(id);

  const found = new Map<string, Message>();
  let server: string | null = start?.server || null;
  let exhausted = false;
  let reach: Message | null = null;
  for (let round = 0; round < MAX_ROUNDS && !exhausted && found.size <= limit; round++) {
    const pageSize = Math.min(MAX_SMALL_PAGE_SIZE, limit + 1 - found.size);
    const result = await emCall('other', () =>
      deps.conn.getHistoryMessages({
        targetId: to,
        chatType,
        pageSize,
        cursor: server ?? -1,
        searchDirection: older ? 'up' : 'down',
        ...(anchor === undefined || server
          ? {}
          : { searchOptions: older ? { endTime: anchor } : { startTime: anchor } }),
      }),
    );
    const list = result?.messages ?? [];
    exhausted = result?.isLast === true || list.length < pageSize || !result?.cursor;
    for (const body of list) {
      if (body.type === 'read' || body.type === 'delivery' || body.type === 'channel') continue;
      const read = toMessage(body, me, seen);
      if (!read || read.sessionId !== query.sessionId) continue;
      reach = read;
      server = read.idServer;
      if (!beyond(read)) continue;
      const message = await completeReactions(deps.conn, body, read);
      deps.remember(message);
      const known = found.get(message.idClient);
      found.set(message.idClient, known ? mergeMessage(known, message) : message);
    }
    if (list.length === 0) exhausted = true;
  }

  for (const recalled of deps.recalls.of(query.sessionId)) {
    if (!beyond(recalled) || (!exhausted && reach && order(recalled, reach) > 0)) continue;
    const known = found.get(recalled.idClient);
    found.set(recalled.idClient, known ? mergeMessage(known, recalled) : recalled);
  }
  const items = [...found.values()].sort(order);
  if (items.length <= limit && exhausted) return { items, cursor: '', hasMore: false };
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  if (!last) return { items: [], cursor: '', hasMore: false };
  // Go on from the last message the server still has (a recall notice is not one of them).
  const serverLast = [...page].reverse().find((m) => !m.recall) ?? last;
  return {
    items: page,
    cursor: encodeCursor({ time: last.time, idClient: last.idClient, server: serverLast.idServer }),
    hasMore: true,
  };
}
