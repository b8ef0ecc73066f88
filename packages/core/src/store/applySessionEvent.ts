import { toSessionId } from '../model/SessionId.ts';
import type { ChatState } from './ChatState.ts';
import { commitLedgers, ledgerOf, updateLedger } from './commitLedger.ts';
import { tableGet } from './KeyedTable.ts';
import {
  ledgerDelete,
  ledgerInsert,
  ledgerPeerRead,
  ledgerPin,
  ledgerRead,
  ledgerReset,
  ledgerServerFields,
  ledgerSnapshot,
} from './ledgerReducers.ts';
import { removeWindowMessages } from './messageWindow.ts';
import type { SessionLedger } from './SessionLedger.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { selectSession } from './selectors.ts';
import { liveTime } from './sessionView.ts';
import { updateWindow } from './windowUpdate.ts';

type SessionEvent = Extract<
  StoreEvent,
  {
    type:
      | 'p2pReceipt'
      | 'sessionRead'
      | 'pin'
      | 'sessionsDeleted'
      | 'sessionUpdated'
      | 'sessionSnapshots'
      | 'activate'
      | 'reset'
      | 'localDelete'
      | 'localInsert'
      | 'localCustom'
      | 'draft';
  }
>;

function deleteSession(state: ChatState, sessionId: string, time: number, clearHistory: boolean) {
  const next = updateLedger(state, sessionId, (ledger) => ledgerDelete(ledger, time, clearHistory));
  if (!clearHistory) return next;
  return updateWindow(next, sessionId, (window) =>
    removeWindowMessages(window, (message) => message.time <= time),
  );
}

/** Reducer for session-level events. */
export function applySessionEvent(state: ChatState, event: SessionEvent): ChatState {
  switch (event.type) {
    case 'p2pReceipt':
      return updateLedger(state, event.sessionId, (ledger) => ledgerPeerRead(ledger, event.time));
    case 'sessionRead':
      return updateLedger(state, event.sessionId, (ledger) => ledgerRead(ledger, event.ack));
    case 'reset':
      return updateLedger(state, event.sessionId, ledgerReset);
    case 'pin':
      return updateLedger(state, event.sessionId, (ledger) =>
        ledgerPin(ledger, event.stickTopInfo),
      );
    case 'sessionUpdated':
      return updateLedger(state, event.session.id, (ledger) =>
        ledgerServerFields(ledger, event.session, event.time),
      );
    case 'sessionSnapshots': {
      const changed = new Map<string, SessionLedger>();
      for (const session of event.sessions) {
        const current = changed.get(session.id) ?? ledgerOf(state, session.id);
        if (!current) continue;
        const next = ledgerSnapshot(current, session);
        if (next !== tableGet(state.ledger, session.id)) changed.set(session.id, next);
      }
      return changed.size === 0 ? state : commitLedgers(state, [...changed.values()]);
    }
    case 'sessionsDeleted': {
      let next = state;
      for (const id of event.sessionIds)
        next = deleteSession(next, id, event.time, event.clearHistory);
      return next;
    }
    case 'localDelete': {
      let next = state;
      for (const id of event.sessionIds) {
        const ledger = tableGet(next.ledger, id);
        if (ledger) next = deleteSession(next, id, liveTime(ledger), event.clearHistory);
      }
      return next;
    }
    case 'activate': {
      const next =
        state.activeSessionId === event.sessionId
          ? state
          : { ...state, activeSessionId: event.sessionId };
      return event.sessionId === null ? next : updateLedger(next, event.sessionId, ledgerReset);
    }
    case 'localInsert':
      return updateLedger(state, toSessionId(event.scene, event.to), (ledger) =>
        ledgerInsert(ledger, event.updateTime),
      );
    case 'localCustom':
      if (!selectSession(state, event.sessionId)) return state;
      return updateLedger(state, event.sessionId, (ledger) => ({
        ...ledger,
        localCustom: event.localCustom,
      }));
    case 'draft':
      if (!selectSession(state, event.sessionId)) return state;
      return updateLedger(state, event.sessionId, (ledger) =>
        ledger.draft === event.draft ? ledger : { ...ledger, draft: event.draft },
      );
  }
}
