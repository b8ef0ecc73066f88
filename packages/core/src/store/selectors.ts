import type { Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import type { SessionId } from '../model/SessionId.ts';
import { type LocalSessionQuery, queryLocalSessions } from '../rules/localSessionQuery.ts';
import { survivesHistoryDelete } from '../rules/sessionDelete.ts';
import type { ChatState, MessageWindow } from './ChatState.ts';
import { tableGet } from './KeyedTable.ts';

/**
 * A visible session by id; `undefined` when it is hidden, deleted or not loaded.
 * Returns the same object until that session changes, so it is a stable selector result.
 */
export function selectSession(state: ChatState, sessionId: SessionId): Session | undefined {
  return tableGet(state.sessions.byId, sessionId);
}

/**
 * The visible sessions in list order: pinned first (newest pin first), then `updateTime`
 * descending. Builds a new array on every call: memoize it on `state.sessions` (it changes
 * exactly when a session or the order does) before handing it to React.
 */
export function sessionList(state: ChatState): Session[] {
  const { byId, order } = state.sessions;
  const out: Session[] = [];
  for (const id of order) {
    const session = tableGet(byId, id);
    if (session) out.push(session);
  }
  return out;
}

/**
 * A loaded message of a window by `idClient`; `undefined` when the window is absent or does
 * not hold it. Stable until that message changes.
 */
export function selectMessage(
  window: MessageWindow | undefined,
  idClient: string,
): Message | undefined {
  return window ? tableGet(window.byId, idClient) : undefined;
}

/**
 * The loaded messages of a window, oldest to newest (empty when absent). Builds a new array
 * on every call: memoize it on the window.
 */
export function windowMessages(window: MessageWindow | undefined): Message[] {
  if (!window) return [];
  const out: Message[] = [];
  for (const id of window.ids) {
    const message = tableGet(window.byId, id);
    if (message) out.push(message);
  }
  return out;
}

/** A window's loaded messages, newest first, read lazily. */
function* newestFirst(window: MessageWindow | undefined): Generator<Message> {
  if (!window) return;
  for (let i = window.ids.length - 1; i >= 0; i--) {
    const id = window.ids[i];
    const message = id === undefined ? undefined : tableGet(window.byId, id);
    if (message) yield message;
  }
}

/**
 * The seed's local session query (`getLocalSessions`) over the store: the visible sessions in
 * list order, paged, optionally with message types excluded from `lastMsg`. What this device
 * holds of a session is its `lastMsg` and its loaded history: a session whose newest message
 * is excluded and whose loaded history holds no other type is left out.
 */
export function localSessions(state: ChatState, query: LocalSessionQuery = {}): Session[] {
  return queryLocalSessions(sessionList(state), query, (id) => newestFirst(state.messages[id]));
}

/**
 * What this device knows of a message that is gone from my history of a session: `recalled`,
 * `deleted` (one-sided, by id or before a time), or `undefined` when nothing is known (it
 * may just not be loaded). Tells a reply's quote that its original is gone.
 */
export function messageGone(
  state: ChatState,
  sessionId: SessionId,
  message: { idClient: string; time: number },
): 'recalled' | 'deleted' | undefined {
  const ledger = tableGet(state.ledger, sessionId);
  if (!ledger) return undefined;
  const deletedBefore = Math.max(ledger.deletedBefore, ledger.deletedAt);
  if (!survivesHistoryDelete(message, deletedBefore, ledger.deletedIds)) return 'deleted';
  return message.idClient in ledger.gone ? 'recalled' : undefined;
}
