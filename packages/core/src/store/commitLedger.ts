import { parseSessionId, type Session, type SessionId } from '../model/Session.ts';
import { compareSessions, placeSession, removeSession } from '../rules/sessionOrder.ts';
import type { ChatState } from './ChatState.ts';
import { getLedger, setLedger } from './LedgerTable.ts';
import { newLedger, type SessionLedger } from './SessionLedger.ts';
import { isVisible, sessionView } from './sessionView.ts';

/** The ledger of a session, or a fresh one; null for an id that is not `${scene}-${to}`. */
export function ledgerOf(state: ChatState, sessionId: SessionId): SessionLedger | null {
  const known = getLedger(state.ledger, sessionId);
  if (known) return known;
  const parsed = parseSessionId(sessionId);
  return parsed ? newLedger(sessionId, parsed.scene, parsed.to) : null;
}

/**
 * Stores a changed ledger and updates the visible session and its place in the order
 * incrementally. Untouched sessions, and `order` when the place is kept, stay identical.
 */
export function commitLedger(state: ChatState, next: SessionLedger): ChatState {
  if (getLedger(state.ledger, next.id) === next) return state;
  const ledger = setLedger(state.ledger, next);
  const sessions = state.sessions;
  const previous = sessions.byId[next.id];
  if (!isVisible(next)) {
    if (!previous) return { ...state, ledger };
    const { [next.id]: _hidden, ...byId } = sessions.byId;
    const order = removeSession(sessions.order, sessions.byId, previous);
    return { ...state, ledger, sessions: { ...sessions, byId, order } };
  }
  const view = sessionView(next, previous);
  if (view === previous) return { ...state, ledger };
  const order = placeSession(sessions.order, sessions.byId, view);
  const byId = { ...sessions.byId, [next.id]: view };
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
  if (next === current && getLedger(state.ledger, sessionId)) return state;
  return commitLedger(state, next);
}

/**
 * Commits many changed ledgers at once (a session page): one copy of `byId`, and the
 * order rebuilt by merging the sorted changed sessions into the unchanged ones,
 * O(n + k log k) instead of k incremental moves.
 */
export function commitLedgers(state: ChatState, changed: readonly SessionLedger[]): ChatState {
  if (changed.length <= 8) return changed.reduce(commitLedger, state);
  let ledger = state.ledger;
  const byId: Record<SessionId, Session> = { ...state.sessions.byId };
  const touched = new Set<SessionId>();
  const moved: Session[] = [];
  for (const next of changed) {
    ledger = setLedger(ledger, next);
    touched.add(next.id);
    const previous = state.sessions.byId[next.id];
    if (!isVisible(next)) {
      delete byId[next.id];
      continue;
    }
    const view = sessionView(next, previous);
    byId[next.id] = view;
    moved.push(view);
  }
  moved.sort(compareSessions);
  const order: SessionId[] = [];
  let m = 0;
  for (const id of state.sessions.order) {
    if (touched.has(id)) continue;
    const kept = byId[id];
    if (!kept) continue;
    for (let next = moved[m]; next && compareSessions(next, kept) < 0; next = moved[++m]) {
      order.push(next.id);
    }
    order.push(id);
  }
  for (; m < moved.length; m++) {
    const rest = moved[m];
    if (rest) order.push(rest.id);
  }
  return { ...state, ledger, sessions: { ...state.sessions, byId, order } };
}
