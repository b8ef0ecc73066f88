import type { ChatState } from './ChatState.ts';
import { onConnection, onSignedIn } from './events/connectionEvents.ts';
import { onTeams, onTyping, onUsers } from './events/directoryEvents.ts';
import { onFocus, onHistoryJump, onHistoryLoading, onHistoryPage } from './events/historyEvents.ts';
import {
  onEdit,
  onEditRollback,
  onReaction,
  onReactionRollback,
} from './events/interactionEvents.ts';
import {
  onHistoryDeleted,
  onLocalChange,
  onMessage,
  onOutgoing,
  onTeamReceipt,
} from './events/messageEvents.ts';
import {
  onActivate,
  onDraft,
  onLocalCustom,
  onLocalDelete,
  onLocalInsert,
  onP2pReceipt,
  onPin,
  onReset,
  onSessionRead,
  onSessionSnapshots,
  onSessionsDeleted,
  onSessionsLoading,
  onSessionsPage,
  onSessionUpdated,
} from './events/sessionEvents.ts';
import type { EventHandlers, EventOf, StoreEvent } from './StoreEvent.ts';

/**
 * The one handler of each store event. Typed by `EventHandlers`, so an event type without a
 * handler, or a handler for no event, does not compile.
 */
const on: EventHandlers = {
  // Pushed by the adapter
  connection: onConnection,
  message: onMessage,
  recall: onMessage,
  p2pReceipt: onP2pReceipt,
  teamReceipt: onTeamReceipt,
  sessionRead: onSessionRead,
  pin: onPin,
  sessionsDeleted: onSessionsDeleted,
  historyDeleted: onHistoryDeleted,
  sessionUpdated: onSessionUpdated,
  reaction: onReaction,
  edit: onEdit,
  typing: onTyping,
  users: onUsers,
  teams: onTeams,
  // Made by the chat itself
  signedIn: onSignedIn,
  sessionSnapshots: onSessionSnapshots,
  sessionsPage: onSessionsPage,
  sessionsLoading: onSessionsLoading,
  activate: onActivate,
  reset: onReset,
  localDelete: onLocalDelete,
  localInsert: onLocalInsert,
  localCustom: onLocalCustom,
  draft: onDraft,
  outgoing: onOutgoing,
  sendProgress: onLocalChange,
  sendFailed: onLocalChange,
  resend: onLocalChange,
  historyPage: onHistoryPage,
  historyLoading: onHistoryLoading,
  historyJump: onHistoryJump,
  focus: onFocus,
  reactionRollback: onReactionRollback,
  editRollback: onEditRollback,
};

function handle<K extends StoreEvent['type']>(state: ChatState, event: EventOf<K>): ChatState {
  const handler: EventHandlers[K] = on[event.type];
  return handler(state, event);
}

/**
 * The store reducer: a pure function of the state and one event. Events are keyed, so
 * duplicates and reordering converge to the state of one in-order delivery. Returns
 * `state` itself when nothing changed; untouched branches keep their identity.
 */
export function applyEvent(state: ChatState, event: StoreEvent): ChatState {
  return handle(state, event);
}
