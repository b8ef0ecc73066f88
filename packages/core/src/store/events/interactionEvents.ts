import type { Message } from '../../model/Message.ts';
import type { SessionId } from '../../model/SessionId.ts';
import { applyEdit } from '../../rules/edit.ts';
import { applyReaction, rollbackReaction } from '../../rules/reactions.ts';
import type { ChatState } from '../ChatState.ts';
import { tableGet } from '../KeyedTable.ts';
import { updateLedger } from '../ledger/commitLedger.ts';
import { ledgerReplaceLast } from '../ledger/ledgerReducers.ts';
import { patchWindowMessage } from '../messageWindow.ts';
import type { EditedText, EventHandler } from '../StoreEvent.ts';
import { updateWindow } from '../windowUpdate.ts';

/** Changes one loaded message; messages not loaded are left to history, which brings them folded. */
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
 * A reaction changed: the loaded message's reactions, nothing else. Reactions are not
 * messages: they never count as unread, never move the session and never become (or change)
 * its `lastMsg`. A recalled message takes none.
 */
export const onReaction: EventHandler<'reaction'> = (state, event) =>
  patchMessage(state, event.sessionId, event.idClient, (message) => {
    if (message.recall) return message;
    const reactions = applyReaction(message.reactions, event.account, event.change, event.time);
    return reactions === message.reactions ? message : { ...message, reactions };
  });

/** An edit: the later one wins, a recall beats it; the preview follows when it is the last. */
export const onEdit: EventHandler<'edit'> = (state, event) =>
  patchText(state, event.sessionId, event.idClient, (message) =>
    applyEdit(message, event.body, event.time),
  );

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
