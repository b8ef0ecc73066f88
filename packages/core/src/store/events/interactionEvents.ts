import type { Message } from '../../model/Message.ts';
import type { SessionId } from '../../model/SessionId.ts';
import { applyEdit } from '../../rules/edit.ts';
import { applyReaction, rollbackReaction } from '../../rules/reactions.ts';
import type { ChatState } from '../ChatState.ts';
import { type EarlyChanges, rememberEdit, rememberReaction } from '../earlyChanges.ts';
import { tableGet, tableHas } from '../KeyedTable.ts';
import { updateLedger } from '../ledger/commitLedger.ts';
import { ledgerReplaceLast } from '../ledger/ledgerReducers.ts';
import { patchWindowMessage } from '../messageWindow.ts';
import type { EditedText, EventHandler } from '../StoreEvent.ts';
import { updateWindow } from '../windowUpdate.ts';

/** Changes one loaded message; one not loaded is left to history, which brings it folded. */
function patchMessage(
  state: ChatState,
  sessionId: SessionId,
  idClient: string,
  change: (message: Message) => Message,
): ChatState {
  return updateWindow(state, sessionId, (window) => patchWindowMessage(window, idClient, change));
}

/**
 * Changes the text of a loaded message and, when it is the session's last message, the
 * preview. Neither unread nor the session's place moves, and a read message stays read.
 */
function patchText(
  state: ChatState,
  sessionId: SessionId,
  idClient: string,
  change: (message: Message) => Message,
): ChatState {
  const next = patchMessage(state, sessionId, idClient, change);
  const last = tableGet(next.ledger, sessionId)?.lastMsg;
  if (last?.idClient !== idClient) return next;
  return updateLedger(next, sessionId, (ledger) => ledgerReplaceLast(ledger, change(last)));
}

/**
 * Whether a change of `idClient` at `time` finds no message to apply to, yet one may still
 * come: the session's window is open, or the message could become its `lastMsg` (a message is
 * never later than its edits and reactions). Such a change is remembered until it comes.
 */
function awaitsMessage(state: ChatState, sessionId: SessionId, idClient: string, time: number) {
  const window = state.messages[sessionId];
  if (window && tableHas(window.byId, idClient)) return false;
  const last = tableGet(state.ledger, sessionId)?.lastMsg;
  if (last?.idClient === idClient) return false;
  return Boolean(window) || !last || time >= last.time;
}

function withEarly(state: ChatState, early: EarlyChanges): ChatState {
  return early === state.early ? state : { ...state, early };
}

/**
 * A reaction changed: the message's reactions, nothing else. Reactions are not messages:
 * they never count as unread, never move the session and never become (or change) its
 * `lastMsg`. A recalled message takes none. One that arrives before its message waits for it.
 */
export const onReaction: EventHandler<'reaction'> = (state, event) => {
  const { sessionId, idClient, account, change, time } = event;
  if (awaitsMessage(state, sessionId, idClient, time)) {
    return withEarly(
      state,
      rememberReaction(state.early, sessionId, idClient, account, change, time),
    );
  }
  return patchMessage(state, sessionId, idClient, (message) => {
    if (message.recall) return message;
    const reactions = applyReaction(message.reactions, account, change, time);
    return reactions === message.reactions ? message : { ...message, reactions };
  });
};

/**
 * An edit: the later one wins, a recall beats it; the preview follows when it is the last.
 * One that arrives before its message waits for it.
 */
export const onEdit: EventHandler<'edit'> = (state, event) => {
  const { sessionId, idClient, body, time } = event;
  if (awaitsMessage(state, sessionId, idClient, time)) {
    return withEarly(state, rememberEdit(state.early, sessionId, idClient, body, time));
  }
  return patchText(state, sessionId, idClient, (message) => applyEdit(message, body, time));
};

/** My failed optimistic reaction is undone, unless the server's changes replaced it already. */
export const onReactionRollback: EventHandler<'reactionRollback'> = (state, event) =>
  patchMessage(state, event.sessionId, event.idClient, (message) => {
    const { key, account, optimistic, previous } = event;
    const reactions = rollbackReaction(message.reactions, key, account, optimistic, previous);
    return reactions === message.reactions ? message : { ...message, reactions };
  });

function hasText(message: Message, text: EditedText): boolean {
  return message.body === text.body && message.editedAt === text.editedAt;
}

/** My failed optimistic edit is undone, unless a later edit or a recall replaced it already. */
export const onEditRollback: EventHandler<'editRollback'> = (state, event) =>
  patchText(state, event.sessionId, event.idClient, (message) => {
    if (message.recall || !hasText(message, event.optimistic)) return message;
    const { editedAt: _editedAt, ...rest } = message;
    const { body, editedAt } = event.previous;
    return editedAt === undefined ? { ...rest, body } : { ...rest, body, editedAt };
  });
