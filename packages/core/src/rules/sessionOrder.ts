import type { Session } from '../model/Session.ts';
import type { SessionId } from '../model/SessionId.ts';

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

/** Finds the current version of a session by id (e.g. `(id) => selectSession(state, id)`). */
export type SessionLookup = (id: SessionId) => Ordered | undefined;
type Lookup = SessionLookup;

/** First index whose session sorts after `session` (binary search; O(log n) comparisons). */
function insertionIndex(
  order: readonly SessionId[],
  lookup: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number,
  skip = -1,
): number {
  // With `skip`, searches `order` as if the entry at `skip` were removed.
  let low = 0;
  let high = skip >= 0 ? order.length - 1 : order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const id = order[skip >= 0 && mid >= skip ? mid + 1 : mid];
    const other = id === undefined ? undefined : lookup(id);
    if (other && compare(other, session) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of a session in `order`, found by its (old) sort key; -1 when absent. */
export function indexOfSession(
  order: readonly SessionId[],
  lookup: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number = compareSessions,
): number {
  const index = insertionIndex(order, lookup, session, compare);
  return order[index] === session.id ? index : -1;
}

/**
 * Incremental insert or move of one session in a sorted `order` (no full sort; one copy
 * of `order` when it moves).
 *
 * @param lookup the sessions `order` is currently sorted by (finding the old version of
 *   `session`, if any)
 * @param compare defaults to {@link compareSessions}; injectable to count comparisons
 * @returns `order` itself when the session keeps its place
 */
export function placeSession(
  order: readonly SessionId[],
  lookup: Lookup,
  session: Ordered,
  compare: (a: Ordered, b: Ordered) => number = compareSessions,
): readonly SessionId[] {
  const old = lookup(session.id);
  const from = old ? indexOfSession(order, lookup, old, compare) : -1;
  if (from >= 0) {
    const prevId = order[from - 1];
    const nextId = order[from + 1];
    const prev = prevId === undefined ? undefined : lookup(prevId);
    const next = nextId === undefined ? undefined : lookup(nextId);
    const afterPrev = !prev || compare(prev, session) < 0;
    const beforeNext = !next || compare(session, next) < 0;
    if (afterPrev && beforeNext) return order;
  }
  const to = insertionIndex(order, lookup, session, compare, from);
  // One copy, then a shift of the entries in between (copyWithin and spreads are far slower
  // on 10,000 ids).
  const moved = order.slice();
  let at = from;
  if (at < 0) at = moved.push(session.id) - 1;
  const step = at > to ? -1 : 1;
  for (; at !== to; at += step) moved[at] = moved[at + step] ?? session.id;
  moved[to] = session.id;
  return moved;
}

/** Removes a session from `order` by binary search; returns `order` when absent. */
export function removeSession(
  order: readonly SessionId[],
  lookup: Lookup,
  session: Ordered,
): readonly SessionId[] {
  const index = indexOfSession(order, lookup, session);
  if (index < 0) return order;
  return order.slice(0, index).concat(order.slice(index + 1));
}

/**
 * Merges sessions that changed into the order they were taken out of, in one O(n + k) pass.
 *
 * @param order the order before the change; its ids in `touched` are left out, and so are ids
 *   `lookup` no longer finds
 * @param moved the changed sessions to show, sorted by {@link compareSessions}
 */
export function mergeIntoOrder(
  order: readonly SessionId[],
  touched: ReadonlySet<SessionId>,
  moved: readonly Ordered[],
  lookup: Lookup,
): SessionId[] {
  const merged: SessionId[] = [];
  let m = 0;
  for (const id of order) {
    if (touched.has(id)) continue;
    const kept = lookup(id);
    if (!kept) continue;
    for (let next = moved[m]; next && compareSessions(next, kept) < 0; next = moved[++m]) {
      merged.push(next.id);
    }
    merged.push(id);
  }
  for (; m < moved.length; m++) {
    const rest = moved[m];
    if (rest) merged.push(rest.id);
  }
  return merged;
}
