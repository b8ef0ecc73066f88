import type { Page, PageQuery, Session, SessionId, StickTopInfo } from '@parley/core';
import { ChatError } from '@parley/core';
import { NOT_PINNED } from '@parley/core/rules';
import { clampLimit, decodeCursor, encodeCursor } from './paging.ts';
import type { ServerState } from './ServerState.ts';
import { buildSession } from './sessions.ts';
import type { SessionRecord } from './types.ts';

function pinned(state: ServerState, account: string): SessionRecord[] {
  const records = [...(state.data.sessions.get(account)?.values() ?? [])];
  return records
    .filter((r) => r.stickTopInfo.isStickOnTop)
    .sort(
      (a, b) =>
        b.stickTopInfo.createTime - a.stickTopInfo.createTime ||
        (a.sessionId < b.sessionId ? -1 : 1),
    );
}

function store(
  state: ServerState,
  record: SessionRecord,
  stickTopInfo: StickTopInfo,
): StickTopInfo {
  state.data.saveRecord({ ...record, stickTopInfo });
  // Sent to every device, the issuing one included: the pin event carries the server times.
  state.feed.emit(record.account, { type: 'pin', sessionId: record.sessionId, stickTopInfo });
  return stickTopInfo;
}

/** Pins a session (or changes the ext of a pinned one). The pin past `maxPins` fails. */
export function pin(state: ServerState, account: string, id: SessionId, ext = ''): StickTopInfo {
  const record = state.data.record(account, id);
  const time = state.data.tick();
  if (record.stickTopInfo.isStickOnTop) {
    return store(state, record, { ...record.stickTopInfo, ext, updateTime: time });
  }
  if (pinned(state, account).length >= state.maxPins) {
    throw new ChatError('PIN_LIMIT', `At most ${state.maxPins} sessions can be pinned`, {
      details: { max: state.maxPins },
    });
  }
  return store(state, record, { isStickOnTop: true, createTime: time, updateTime: time, ext });
}

/** Unpins a session; unpinning one that is not pinned changes nothing. */
export function unpin(state: ServerState, account: string, id: SessionId): StickTopInfo {
  const record = state.data.record(account, id);
  if (!record.stickTopInfo.isStickOnTop) return record.stickTopInfo;
  return store(state, record, { ...NOT_PINNED, updateTime: state.data.tick() });
}

/** Changes the ext of a pinned session. */
export function updatePinExt(
  state: ServerState,
  account: string,
  id: SessionId,
  ext: string,
): StickTopInfo {
  const record = state.data.record(account, id);
  if (!record.stickTopInfo.isStickOnTop) {
    throw new ChatError('NOT_FOUND', 'The session is not pinned', { details: { sessionId: id } });
  }
  return store(state, record, { ...record.stickTopInfo, ext, updateTime: state.data.tick() });
}

/** Pinned sessions, newest pin first, by cursor. */
export function getPinned(state: ServerState, account: string, query: PageQuery): Page<Session> {
  const limit = Math.min(clampLimit(query.limit, state.maxPins), state.maxPins);
  const list = pinned(state, account);
  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    start = list.findIndex((r) => r.sessionId === after.id) + 1;
  }
  const items = list.slice(start, start + limit);
  const hasMore = start + limit < list.length;
  const last = items[items.length - 1];
  return {
    items: items.map((r) => buildSession(state.data, account, r.sessionId)),
    cursor:
      hasMore && last
        ? encodeCursor({ time: last.stickTopInfo.createTime, id: last.sessionId })
        : '',
    hasMore,
  };
}
