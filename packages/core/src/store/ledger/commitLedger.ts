import type { Session } from '../../model/Session.ts';
import { parseSessionId, type SessionId } from '../../model/SessionId.ts';
import {
  compareSessions,
  mergeIntoOrder,
  placeSession,
  removeSession,
} from '../../rules/sessionOrder.ts';
import type { ChatState } from '../ChatState.ts';
import { tableDelete, tableGet, tableSet, tableUpdate } from '../KeyedTable.ts';
import { type ReadMarks, settleLastMsg, settleWindow } from '../readStatus.ts';
import { updateWindow } from '../windowUpdate.ts';
import { newLedger, type SessionLedger } from './SessionLedger.ts';
import { isVisible, sessionView } from './sessionView.ts';

const NO_MARKS: ReadMarks = { ack: 0, msgReceiptTime: 0 };

/** Rule 3 for one changed ledger: its loaded messages take the status its marks give them. */
function settleLoaded(state: ChatState, before: ReadMarks | undefined, next: SessionLedger) {
  return updateWindow(state, next.id, (window) =>
    settleWindow(window, state.me, before ?? NO_MARKS, next),
  );
}

/** The ledger of a session, or a fresh one; null for an id that is not `${scene}-${to}`. */
export function ledgerOf(state: ChatState, sessionId: SessionId): SessionLedger | null {
  const known = tableGet(state.ledger, sessionId);
  if (known) return known;
  const parsed = parseSessionId(sessionId);
  return parsed ? newLedger(sessionId, parsed.scene, parsed.to) : null;
}

/**
 * Stores a changed ledger and updates the visible session and its place in the order
 * incrementally. Untouched sessions, and `order` when the place is kept, stay identical.
 * Every ledger change passes here, so this is where `lastMsg` and the loaded messages take
 * the status that moved read marks give them.
 */
export function commitLedger(current: ChatState, changed: SessionLedger): ChatState {
  const before = tableGet(current.ledger, changed.id);
  if (before === changed) return current;
  const next = settleLastMsg(changed, current.me);
  const state = settleLoaded(current, before, next);
  const ledger = tableSet(state.ledger, next.id, next);
  const sessions = state.sessions;
  const lookup = (id: SessionId) => tableGet(sessions.byId, id);
  const previous = lookup(next.id);
  if (!isVisible(next)) {
    if (!previous) return { ...state, ledger };
    const byId = tableDelete(sessions.byId, next.id);
    const order = removeSession(sessions.order, lookup, previous);
    return { ...state, ledger, sessions: { ...sessions, byId, order } };
  }
  const view = sessionView(next, previous);
  if (view === previous) return { ...state, ledger };
  const order = placeSession(sessions.order, lookup, view);
  const byId = tableSet(sessions.byId, next.id, view);
  return { ...state, ledger, sessions: { ...sessions, byId, order } };
}

/** Applies `change` to one session's ledger; unparseable ids leave the state unchanged. */
export function updateLedger(
  state: ChatState,
  sessionId: SessionId,
  change: (ledger: SessionLedger) => SessionLedger,
): ChatState {
  const current = ledgerOf(state, sessionId);
  if (!current) return state;
  const next = change(current);
  if (next === current && tableGet(state.ledger, sessionId)) return state;
  return commitLedger(state, next);
}

/**
 * Commits many changed ledgers at once (a session page): one batch write of each table,
 * and the order rebuilt by merging the sorted changed sessions into the unchanged ones,
 * O(n + k log k) instead of k incremental moves.
 */
export function commitLedgers(current: ChatState, ledgers: readonly SessionLedger[]): ChatState {
  if (ledgers.length <= 8) return ledgers.reduce(commitLedger, current);
  let state = current;
  const changed = ledgers.map((next) => {
    const settled = settleLastMsg(next, current.me);
    state = settleLoaded(state, tableGet(current.ledger, next.id), settled);
    return settled;
  });
  const ledger = tableUpdate(
    state.ledger,
    changed.map((next) => [next.id, next] as const),
  );
  const touched = new Set<SessionId>();
  const moved: Session[] = [];
  const writes: [SessionId, Session | undefined][] = [];
  for (const next of changed) {
    touched.add(next.id);
    if (!isVisible(next)) {
      writes.push([next.id, undefined]);
      continue;
    }
    const view = sessionView(next, tableGet(state.sessions.byId, next.id));
    writes.push([next.id, view]);
    moved.push(view);
  }
  const byId = tableUpdate(state.sessions.byId, writes);
  moved.sort(compareSessions);
  const order = mergeIntoOrder(state.sessions.order, touched, moved, (id) => tableGet(byId, id));
  return { ...state, ledger, sessions: { ...state.sessions, byId, order } };
}
