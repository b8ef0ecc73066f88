import type { Session, SessionId } from '../model/Session.ts';

/** The fields session order depends on. */
export type OrderedSession = Pick<Session, 'id' | 'updateTime' | 'stickTopInfo'>;
type Ordered = OrderedSession;

/**
 * Rule 4 ordering: pinned first (newest pin `createTime` first), then `updateTime`
 * descending, then id ascending so that the order is total and stable.
 */
export function compareSessions(a: Ordered, b: Ordered): number {
  const pinA = a.stickTopInfo.isStickOnTop;
  const pinB = b.stickTopInfo.isStickOnTop;
  if (pinA !== pinB) return pinA ? -1 : 1;
  if (pinA && a.stickTopInfo.createTime !== b.stickTopInfo.createTime) {
    return b.stickTopInfo.createTime - a.stickTopInfo.createTime;
  }
  if (a.updateTime !== b.updateTime) return b.updateTime - a.updateTime;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

type Lookup = Readonly<Record<SessionId, Ordered | undefined>>;

/** First index whose session sorts after `session` (binary search; O(log n) comparisons). */
function insertionIndex(
  order: readonly SessionId[],
  byId: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number,
): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const id = order[mid];
    const other = id === undefined ? undefined : byId[id];
    if (other && compare(other, session) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of a session in `order`, found by its (old) sort key; -1 when absent. */
export function indexOfSession(
  order: readonly SessionId[],
  byId: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number = compareSessions,
): number {
  const index = insertionIndex(order, byId, session, compare);
  return order[index] === session.id ? index : -1;
}

/**
 * Incremental insert or move of one session in a sorted `order` (no full sort).
 *
 * @param byId the sessions `order` is currently sorted by (holding the old version of
 *   `session`, if any)
 * @param compare defaults to {@link compareSessions}; injectable to count comparisons
 * @returns `order` itself when the session keeps its place
 */
export function placeSession(
  order: readonly SessionId[],
  byId: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number = compareSessions,
): readonly SessionId[] {
  const old = byId[session.id];
  const from = old ? indexOfSession(order, byId, old, compare) : -1;
  if (from >= 0) {
    const prevId = order[from - 1];
    const nextId = order[from + 1];
    const prev = prevId === undefined ? undefined : byId[prevId];
    const next = nextId === undefined ? undefined : byId[nextId];
    const afterPrev = !prev || compare(prev, session) < 0;
    const beforeNext = !next || compare(session, next) < 0;
    if (afterPrev && beforeNext) return order;
  }
  const without = from >= 0 ? [...order.slice(0, from), ...order.slice(from + 1)] : [...order];
  const to = insertionIndex(without, byId, session, compare);
  without.splice(to, 0, session.id);
  return without;
}

/** Removes a session from `order` by binary search; returns `order` when absent. */
export function removeSession(
  order: readonly SessionId[],
  byId: Lookup,
  session: Ordered,
): readonly SessionId[] {
  const index = indexOfSession(order, byId, session);
  if (index < 0) return order;
  return [...order.slice(0, index), ...order.slice(index + 1)];
}
