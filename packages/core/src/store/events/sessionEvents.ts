import { type SessionId, toSessionId } from '../../model/SessionId.ts';
import type { ChatState } from '../ChatState.ts';
import { earlyOf, withEarlyEdit } from '../earlyChanges.ts';
import { tableGet } from '../KeyedTable.ts';
import { commitLedgers, ledgerOf, updateLedger } from '../ledger/commitLedger.ts';
import {
  ledgerDelete,
  ledgerInsert,
  ledgerPeerRead,
  ledgerPin,
  ledgerRead,
  ledgerReset,
  ledgerServerFields,
  ledgerSnapshot,
} from '../ledger/ledgerReducers.ts';
import type { SessionLedger } from '../ledger/SessionLedger.ts';
import { liveTime } from '../ledger/sessionView.ts';
import { removeWindowMessages } from '../messageWindow.ts';
import type { EventHandler } from '../StoreEvent.ts';
import { selectSession } from '../selectors.ts';
import { updateWindow } from '../windowUpdate.ts';

/** Sessions as the server reported them (pages, the pinned list, ext updates). */
export const onSessionSnapshots: EventHandler<'sessionSnapshots'> = (state, event) => {
  const changed = new Map<string, SessionLedger>();
  for (const session of event.sessions) {
    const current = changed.get(session.id) ?? ledgerOf(state, session.id);
    if (!current) continue;
    const lastMsg =
      session.lastMsg && withEarlyEdit(session.lastMsg, earlyOf(state.early, session.lastMsg));
    const next = ledgerSnapshot(
      current,
      lastMsg === session.lastMsg ? session : { ...session, lastMsg },
    );
    if (next !== tableGet(state.ledger, session.id)) changed.set(session.id, next);
  }
  return changed.size === 0 ? state : commitLedgers(state, [...changed.values()]);
};

/** A session page arrived: where the next one starts. */
export const onSessionsPage: EventHandler<'sessionsPage'> = (state, event) => ({
  ...state,
  sessions: { ...state.sessions, cursor: event.cursor, hasMore: event.hasMore, loading: false },
});

/** The session list is loading, or failed (also background failures the UI should see). */
export const onSessionsLoading: EventHandler<'sessionsLoading'> = (state, event) => {
  const error = event.error === undefined ? state.sessions.error : event.error;
  return { ...state, sessions: { ...state.sessions, loading: event.loading, error } };
};

/** p2p: the peer read my messages up to `time`. */
export const onP2pReceipt: EventHandler<'p2pReceipt'> = (state, event) =>
  updateLedger(state, event.sessionId, (ledger) => ledgerPeerRead(ledger, event.time));

/** Another device of mine read the session up to `ack`. */
export const onSessionRead: EventHandler<'sessionRead'> = (state, event) =>
  updateLedger(state, event.sessionId, (ledger) => ledgerRead(ledger, event.ack));

/** Rule 2: this device reset the session's unread. */
export const onReset: EventHandler<'reset'> = (state, event) =>
  updateLedger(state, event.sessionId, ledgerReset);

/** Pin, unpin or pin ext. */
export const onPin: EventHandler<'pin'> = (state, event) =>
  updateLedger(state, event.sessionId, (ledger) => ledgerPin(ledger, event.stickTopInfo));

/** Server fields of a session (ext, mute) changed, or the server created it. */
export const onSessionUpdated: EventHandler<'sessionUpdated'> = (state, event) =>
  updateLedger(state, event.session.id, (ledger) =>
    ledgerServerFields(ledger, event.session, event.time),
  );

/** Rule 5: hides a session up to `time`; `clearHistory` deletes that history too. */
function deleteSession(
  state: ChatState,
  sessionId: SessionId,
  time: number,
  clearHistory: boolean,
) {
  const next = updateLedger(state, sessionId, (ledger) => ledgerDelete(ledger, time, clearHistory));
  if (!clearHistory) return next;
  return updateWindow(next, sessionId, (window) =>
    removeWindowMessages(window, (message) => message.time <= time),
  );
}

/** Sessions deleted on the server (by another device). */
export const onSessionsDeleted: EventHandler<'sessionsDeleted'> = (state, event) => {
  let next = state;
  for (const id of event.sessionIds) next = deleteSession(next, id, event.time, event.clearHistory);
  return next;
};

/** A delete made here: it covers everything the session shows now. */
export const onLocalDelete: EventHandler<'localDelete'> = (state, event) => {
  let next = state;
  for (const id of event.sessionIds) {
    const ledger = tableGet(next.ledger, id);
    if (ledger) next = deleteSession(next, id, liveTime(ledger), event.clearHistory);
  }
  return next;
};

/** The session on screen changes; the new one is reset and stays at unread 0. */
export const onActivate: EventHandler<'activate'> = (state, event) => {
  const next =
    state.activeSessionId === event.sessionId
      ? state
      : { ...state, activeSessionId: event.sessionId };
  return event.sessionId === null ? next : updateLedger(next, event.sessionId, ledgerReset);
};

/** An empty session created on this device. */
export const onLocalInsert: EventHandler<'localInsert'> = (state, event) =>
  updateLedger(state, toSessionId(event.scene, event.to), (ledger) =>
    ledgerInsert(ledger, event.updateTime),
  );

/** Device-local app data of a listed session. */
export const onLocalCustom: EventHandler<'localCustom'> = (state, event) => {
  if (!selectSession(state, event.sessionId)) return state;
  return updateLedger(state, event.sessionId, (ledger) => ({
    ...ledger,
    localCustom: event.localCustom,
  }));
};

/** The unsent input of a listed session. */
export const onDraft: EventHandler<'draft'> = (state, event) => {
  if (!selectSession(state, event.sessionId)) return state;
  return updateLedger(state, event.sessionId, (ledger) =>
    ledger.draft === event.draft ? ledger : { ...ledger, draft: event.draft },
  );
};
