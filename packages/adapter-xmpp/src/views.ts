import type { Message, Page, Session, SessionId } from '@parley/core';
import {
  emptySession,
  isCountable,
  parseSessionId,
  survivesHistoryDelete,
} from '@parley/core/rules';
import type { SessionIndex } from './SessionIndex.ts';
import type { SessionState, SessionStates } from './SessionStates.ts';

/** Clamps a page size into 1..100 (`fallback` when absent). */
export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || Number.isNaN(limit)) return fallback;
  return Math.min(100, Math.max(1, Math.floor(limit)));
}

/** True when `message` is still in my history under `state`. */
export function visible(message: Message, state: SessionState): boolean {
  return survivesHistoryDelete(message, state.clearedBefore, state.deletedIds);
}

/** Builds one session from what the device knows, or null when it has nothing to show. */
export function buildSession(
  id: SessionId,
  me: string,
  index: SessionIndex,
  states: SessionStates,
  hiddenUntil: ReadonlyMap<SessionId, number>,
): Session | null {
  const parsed = parseSessionId(id);
  if (!parsed) return null;
  const state = states.get(id);
  const log = index.logs.get(id);
  const shown = log ? log.ordered.filter((m) => visible(m, state)) : [];
  const lastMsg = shown.at(-1) ?? null;
  if (!lastMsg) return null;
  const hidden = hiddenUntil.get(id);
  if (hidden !== undefined && lastMsg.time <= hidden) return null;
  let unread = 0;
  for (let i = shown.length - 1; i >= 0; i--) {
    const m = shown[i] as Message;
    if (m.time <= state.ack) break;
    if (m.from !== me && !m.recall && isCountable(m)) unread += 1;
  }
  return {
    ...emptySession(parsed.scene, parsed.to),
    updateTime: lastMsg.time,
    unread,
    lastMsg,
    ack: state.ack,
    msgReceiptTime: log?.receiptTime ?? 0,
    stickTopInfo: state.stickTopInfo,
    ext: state.ext,
    mute: state.mute,
  };
}

/** Every session the device can show, `updateTime` descending. */
export function allSessions(
  me: string,
  index: SessionIndex,
  states: SessionStates,
  hiddenUntil: ReadonlyMap<SessionId, number>,
): Session[] {
  const sessions: Session[] = [];
  for (const id of index.logs.keys()) {
    const session = buildSession(id, me, index, states, hiddenUntil);
    if (session) sessions.push(session);
  }
  return sessions.sort((a, b) => b.updateTime - a.updateTime || (a.id < b.id ? -1 : 1));
}

/** A page of `items` after the item whose key is `cursor`. */
export function pageAfter<T>(
  items: T[],
  key: (item: T) => string,
  cursor: string | undefined,
  limit: number,
): Page<T> {
  const start = cursor ? items.findIndex((item) => key(item) === cursor) + 1 : 0;
  const slice = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  const last = slice.at(-1);
  return { items: slice, cursor: hasMore && last ? key(last) : '', hasMore };
}
