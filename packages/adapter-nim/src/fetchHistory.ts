import type { HistoryQuery, Message, Page } from '@parley/core';
import { ChatError } from '@parley/core';
import {
  checkSessionId,
  clampPageSize,
  compareMessages,
  MAX_PAGE_SIZE,
  mergeMessage,
  toPage,
} from '@parley/core/rules';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { NimMsgLogService } from './NimInstance.ts';
import { type NimReplies, replyLink } from './NimReplies.ts';
import { nimCall } from './nimErrors.ts';
import { toMessage } from './toMessage.ts';

/** Parley's default history page. */
const DEFAULT_LIMIT = 20;
/** Server round trips one page may take when many messages share a millisecond. */
const MAX_ROUNDS = 20;

type Key = Pick<Message, 'time' | 'idClient'>;

/** Cursor: the page's last message as `time:idClient`. */
function encodeCursor(message: Key): string {
  return `${message.time}:${message.idClient}`;
}

function decodeCursor(cursor: string): Key {
  const colon = cursor.indexOf(':');
  const time = Number(cursor.slice(0, colon));
  if (colon <= 0 || !Number.isFinite(time)) {
    throw new ChatError('INVALID_ARGUMENT', `Not a history cursor: ${cursor}`);
  }
  return { time, idClient: cursor.slice(colon + 1) };
}

/** What the history of one session needs besides the SDK. */
export interface HistoryDeps {
  me: string;
  msgLog: NimMsgLogService;
  /** Recalled messages this device knows of in the session. */
  recalled: readonly Message[];
  /** Keeps the SDK's message objects for later calls. */
  remember(message: IMMessage): void;
  /** Reads the quotes of replies. */
  replies: NimReplies;
}

/**
 * One page of a session's history from `nim.msgLog.getHistoryMsgs`, in Parley's cursor terms.
 *
 * The SDK pages by time (`endTime` going back, `beginTime` with `reverse` going forward; both
 * bounds inclusive) plus `lastMsgId` against repeats at the boundary. A page reads one message
 * more than asked, so a short page means the end; messages at the bound that belong to the
 * previous page are dropped by their (time, idClient) key. Recalled messages this device knows
 * of come back as recall tips, in the time range the page covers. Replies come with their quotes.
 */
export async function fetchHistory(query: HistoryQuery, deps: HistoryDeps): Promise<Page<Message>> {
  const target = checkSessionId(query?.sessionId, 'query.sessionId');
  const older = (query.direction ?? 'older') === 'older';
  const limit = clampPageSize(query.limit, MAX_PAGE_SIZE, DEFAULT_LIMIT);
  // Page order: newest first going older, oldest first going newer.
  const order = (a: Key, b: Key) => (older ? compareMessages(b, a) : compareMessages(a, b));
  let bound: Key | null = query.cursor ? decodeCursor(query.cursor) : null;
  if (!bound && typeof query.anchorTime === 'number' && Number.isFinite(query.anchorTime)) {
    // Strictly before (after) the anchor: no idClient sorts below '' (above U+FFFF).
    bound = { time: query.anchorTime, idClient: older ? '' : '\uffff' };
  }
  const beyond = (m: Key) => !bound || order(bound, m) < 0;

  const found = new Map<string, Message>();
  const threaded = new Map<string, IMMessage>();
  let edge: IMMessage | undefined;
  let exhausted = false;
  for (let round = 0; round < MAX_ROUNDS && !exhausted && found.size <= limit; round++) {
    const ask = Math.min(MAX_PAGE_SIZE, limit + 1 - found.size);
    const from = edge?.time ?? bound?.time;
    const batch = await nimCall('other', () =>
      deps.msgLog.getHistoryMsgs({
        scene: target.scene,
        to: target.to,
        limit: ask,
        reverse: !older,
        asc: !older,
        ...(from === undefined ? {} : older ? { endTime: from } : { beginTime: from }),
        ...(edge?.idServer ? { lastMsgId: edge.idServer } : {}),
      }),
    );
    const list = Array.isArray(batch) ? batch : [];
    exhausted = list.length < ask;
    const next = list[list.length - 1];
    if (next && edge && next.idClient === edge.idClient) break;
    edge = next ?? edge;
    for (const im of list) {
      const message = toMessage(im, deps.me);
      if (!message || message.sessionId !== query.sessionId || !beyond(message)) continue;
      deps.remember(im);
      found.set(message.idClient, message);
      if (replyLink(im)) threaded.set(message.idClient, im);
    }
  }

  // Recall tips inside the covered range: up to the server's last message, or all of them
  // when the server has nothing more.
  const reach = exhausted || !edge ? null : toMessage(edge, deps.me);
  for (const recalled of deps.recalled) {
    if (!beyond(recalled) || (reach && order(recalled, reach) > 0)) continue;
    const known = found.get(recalled.idClient);
    found.set(recalled.idClient, known ? mergeMessage(known, recalled) : recalled);
  }
  const sorted = [...found.values()].sort(order);
  if (sorted.length <= limit) {
    return { items: await deps.replies.attach(sorted, threaded), cursor: '', hasMore: false };
  }
  const page = toPage(sorted, limit, encodeCursor);
  return { ...page, items: await deps.replies.attach(page.items, threaded) };
}
