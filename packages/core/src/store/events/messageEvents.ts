import type { Message } from '../../model/Message.ts';
import { mergeTeamReceipt } from '../../rules/teamReceipt.ts';
import type { ChatState } from '../ChatState.ts';
import {
  type EarlyChange,
  earlyOf,
  forgetEarly,
  withEarlyEdit,
  withEarlyReactions,
} from '../earlyChanges.ts';
import { tableGet } from '../KeyedTable.ts';
import { commitLedger, ledgerOf, updateLedger } from '../ledger/commitLedger.ts';
import {
  isDeletedIn,
  ledgerFallbackLast,
  ledgerHistoryDelete,
  ledgerMessage,
  ledgerReplaceLast,
  ledgerSeen,
  ledgerTeamReceipt,
  withTeamReceipt,
} from '../ledger/ledgerReducers.ts';
import {
  emptyWindow,
  patchWindowMessage,
  removeWindowMessages,
  type UpsertMode,
  upsertWindowMessage,
} from '../messageWindow.ts';
import { settleStatus } from '../readStatus.ts';
import type { EventHandler, EventOf } from '../StoreEvent.ts';
import { selectMessage } from '../selectors.ts';
import { updateWindow } from '../windowUpdate.ts';

/**
 * A received, sent or changed message: session rules, then its window. What the message is
 * under its session (its team receipts, whether a history delete hid it) is worked out once,
 * for the ledger and the window alike.
 */
export function applyMessage(state: ChatState, arrived: Message, mode: UpsertMode): ChatState {
  const known = earlyOf(state.early, arrived);
  if (!known) return applyKnown(state, arrived, mode);
  const incoming = withEarlyEdit(arrived, known);
  // Held in its window from here on, so its own events change it.
  const early = state.messages[arrived.sessionId] ? forgetEarly(state.early, arrived) : state.early;
  return applyKnown({ ...state, early }, incoming, mode, known);
}

/** `applyMessage` once the early edit is in; early reactions go to the window alone. */
function applyKnown(
  state: ChatState,
  incoming: Message,
  mode: UpsertMode,
  known?: EarlyChange,
): ChatState {
  const { sessionId } = incoming;
  const ledger = ledgerOf(state, sessionId);
  if (!ledger) {
    const shown = withEarlyReactions(incoming, known);
    return updateWindow(state, sessionId, (window) => upsertWindowMessage(window, shown, mode));
  }
  const message = withTeamReceipt(ledger, incoming);
  const hidden = isDeletedIn(ledger, message);
  const changed =
    mode === 'page'
      ? ledgerSeen(ledger, message, hidden, state.me)
      : ledgerMessage(ledger, message, hidden, {
          me: state.me,
          active: state.activeSessionId === sessionId,
        });
  const next =
    changed === ledger && tableGet(state.ledger, sessionId) ? state : commitLedger(state, changed);
  if (hidden) return next;
  const settled = withEarlyReactions(settleStatus(message, state.me, changed), known);
  return updateWindow(next, sessionId, (window) => upsertWindowMessage(window, settled, mode));
}

/** A message pushed or sent (`message`), or recalled (`recall`: the recall notice). */
export function onMessage(state: ChatState, event: EventOf<'message' | 'recall'>): ChatState {
  return applyMessage(state, event.message, 'live');
}

/** An optimistic message enters its window (made for it) before the adapter answers. */
export const onOutgoing: EventHandler<'outgoing'> = (state, event) => {
  const sid = event.message.sessionId;
  const withWindow = state.messages[sid]
    ? state
    : { ...state, messages: { ...state.messages, [sid]: emptyWindow() } };
  return applyMessage(withWindow, event.message, 'force');
};

type LocalChange = EventOf<'sendProgress' | 'sendFailed' | 'resend'>;

/** What a local change of a send does to its message. */
function changeOf(event: LocalChange): (message: Message) => Message {
  switch (event.type) {
    case 'sendProgress':
      return (message) =>
        message.status === 'sending' && message.progress !== event.progress
          ? { ...message, progress: event.progress }
          : message;
    case 'sendFailed':
      return (message) =>
        message.status === 'sending'
          ? { ...message, status: 'sendFailed', error: event.error }
          : message;
    case 'resend':
      return (message) => {
        if (message.status !== 'sendFailed') return message;
        const { error: _error, ...rest } = message;
        const progress = message.progress === undefined ? undefined : 0;
        return { ...rest, status: 'sending', progress };
      };
  }
}

/** Upload progress, a failed send, or a resend of one of my messages (this device only). */
export function onLocalChange(state: ChatState, event: LocalChange): ChatState {
  const change = changeOf(event);
  let next = updateWindow(state, event.sessionId, (window) =>
    patchWindowMessage(window, event.idClient, change),
  );
  const last = tableGet(next.ledger, event.sessionId)?.lastMsg;
  if (last?.idClient === event.idClient && event.type !== 'sendProgress') {
    next = updateLedger(next, event.sessionId, (ledger) => ledgerReplaceLast(ledger, change(last)));
  }
  return next;
}

/** Team receipt counts of one message: kept in the ledger, shown on the loaded message. */
export const onTeamReceipt: EventHandler<'teamReceipt'> = (state, event) => {
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
};

/** Rule 6: a one-sided history delete; the newest survivor becomes `lastMsg`. */
export const onHistoryDeleted: EventHandler<'historyDeleted'> = (state, event) => {
  const next = updateLedger(state, event.sessionId, (ledger) =>
    ledgerHistoryDelete(ledger, event, state.me),
  );
  const ledger = tableGet(next.ledger, event.sessionId);
  const pruned = ledger
    ? updateWindow(next, event.sessionId, (window) =>
        removeWindowMessages(window, (message) => isDeletedIn(ledger, message)),
      )
    : next;
  const window = pruned.messages[event.sessionId];
  const newestId = window?.ids[window.ids.length - 1];
  const newest = newestId === undefined ? undefined : selectMessage(window, newestId);
  return updateLedger(pruned, event.sessionId, (current) => ledgerFallbackLast(current, newest));
};
