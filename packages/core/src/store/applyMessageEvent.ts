import type { Message } from '../model/Message.ts';
import { survivesHistoryDelete } from '../rules/sessionDelete.ts';
import { mergeTeamReceipt } from '../rules/teamReceipt.ts';
import type { ChatState } from './ChatState.ts';
import { updateLedger } from './commitLedger.ts';
import { tableGet } from './KeyedTable.ts';
import {
  ledgerFallbackLast,
  ledgerHistoryDelete,
  ledgerMessage,
  ledgerReplaceLast,
  ledgerSeen,
  ledgerTeamReceipt,
} from './ledgerReducers.ts';
import {
  emptyWindow,
  patchWindowMessage,
  removeWindowMessages,
  type UpsertMode,
  upsertWindowMessage,
} from './messageWindow.ts';
import { settleStatus } from './readStatus.ts';
import type { LocalEvent, StoreEvent } from './StoreEvent.ts';
import { selectMessage } from './selectors.ts';
import { updateWindow } from './windowUpdate.ts';

function keepsMessage(state: ChatState, message: Message): boolean {
  const ledger = tableGet(state.ledger, message.sessionId);
  if (!ledger) return true;
  return survivesHistoryDelete(message, ledger.deletedBefore, ledger.deletedIds);
}

/** A received, sent or changed message: session rules, then its window. */
export function applyMessage(state: ChatState, message: Message, mode: UpsertMode): ChatState {
  const active = state.activeSessionId === message.sessionId;
  const next = updateLedger(state, message.sessionId, (ledger) =>
    mode === 'page'
      ? ledgerSeen(ledger, message)
      : ledgerMessage(ledger, message, { me: state.me, active }),
  );
  if (!keepsMessage(next, message)) return next;
  const ledger = tableGet(next.ledger, message.sessionId);
  const pending = ledger?.teamReceipts[message.idClient];
  const merged = mergeTeamReceipt(message.teamReceipt, pending);
  const withReceipt =
    merged === message.teamReceipt ? message : { ...message, teamReceipt: merged };
  const settled = ledger ? settleStatus(withReceipt, next.me, ledger) : withReceipt;
  return updateWindow(next, message.sessionId, (window) =>
    upsertWindowMessage(window, settled, mode),
  );
}

type MessageEvent = Extract<
  StoreEvent,
  {
    type:
      | 'message'
      | 'recall'
      | 'teamReceipt'
      | 'historyDeleted'
      | 'outgoing'
      | 'sendProgress'
      | 'sendFailed'
      | 'resend'
      | 'historyPage'
      | 'historyLoading';
  }
>;

function patchLocal(
  state: ChatState,
  event: Extract<LocalEvent, { type: 'sendProgress' | 'sendFailed' | 'resend' }>,
): ChatState {
  const change = (message: Message): Message => {
    if (event.type === 'sendProgress') {
      return message.status === 'sending' && message.progress !== event.progress
        ? { ...message, progress: event.progress }
        : message;
    }
    if (event.type === 'sendFailed') {
      return message.status === 'sending'
        ? { ...message, status: 'sendFailed', error: event.error }
        : message;
    }
    if (message.status !== 'sendFailed') return message;
    const { error: _error, ...rest } = message;
    return { ...rest, status: 'sending', progress: message.progress === undefined ? undefined : 0 };
  };
  let next = updateWindow(state, event.sessionId, (window) =>
    patchWindowMessage(window, event.idClient, change),
  );
  const last = tableGet(next.ledger, event.sessionId)?.lastMsg;
  if (last?.idClient === event.idClient && event.type !== 'sendProgress') {
    next = updateLedger(next, event.sessionId, (ledger) => ledgerReplaceLast(ledger, change(last)));
  }
  return next;
}

/** Reducer for message-level events. */
export function applyMessageEvent(state: ChatState, event: MessageEvent): ChatState {
  switch (event.type) {
    case 'message':
    case 'recall':
      return applyMessage(state, event.message, 'live');
    case 'outgoing': {
      const sid = event.message.sessionId;
      const withWindow = state.messages[sid]
        ? state
        : { ...state, messages: { ...state.messages, [sid]: emptyWindow() } };
      return applyMessage(withWindow, event.message, 'force');
    }
    case 'sendProgress':
    case 'sendFailed':
    case 'resend':
      return patchLocal(state, event);
    case 'teamReceipt': {
      const counts = { read: event.read, unread: event.unread };
      const next = updateLedger(state, event.sessionId, (ledger) =>
        ledgerTeamReceipt(ledger, event.idClient, counts),
      );
      return updateWindow(next, event.sessionId, (window) =>
        patchWindowMessage(window, event.idClient, (message) => {
          const merged = mergeTeamReceipt(message.teamReceipt, counts);
          return merged === message.teamReceipt ? message : { ...message, teamReceipt: merged };
        }),
      );
    }
    case 'historyDeleted': {
      const next = updateLedger(state, event.sessionId, (ledger) =>
        ledgerHistoryDelete(ledger, event, state.me),
      );
      const pruned = updateWindow(next, event.sessionId, (window) =>
        removeWindowMessages(window, (message) => !keepsMessage(next, message)),
      );
      const window = pruned.messages[event.sessionId];
      const newestId = window?.ids[window.ids.length - 1];
      const newest = newestId === undefined ? undefined : selectMessage(window, newestId);
      return updateLedger(pruned, event.sessionId, (ledger) => ledgerFallbackLast(ledger, newest));
    }
    case 'historyPage': {
      const { sessionId, page, direction } = event;
      let next = state.messages[sessionId]
        ? state
        : { ...state, messages: { ...state.messages, [sessionId]: emptyWindow() } };
      for (const message of page.items) next = applyMessage(next, message, 'page');
      return updateWindow(next, sessionId, (window) => {
        if (direction === 'newer') {
          return {
            ...window,
            hasMoreNewer: page.hasMore,
            newerCursor: page.cursor,
            loadingNewer: false,
          };
        }
        const older = { hasMoreOlder: page.hasMore, olderCursor: page.cursor, loadingOlder: false };
        if (direction === 'older') return { ...window, ...older };
        return { ...window, ...older, hasMoreNewer: false, newerCursor: '', error: null };
      });
    }
    case 'historyLoading':
      return updateWindow(state, event.sessionId, (window) => {
        const error = event.error === undefined ? window.error : event.error;
        return event.direction === 'older'
          ? { ...window, loadingOlder: event.loading, error }
          : { ...window, loadingNewer: event.loading, error };
      });
  }
}
