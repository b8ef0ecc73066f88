import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { SessionId } from '../model/SessionId.ts';
import { tableGet } from '../store/KeyedTable.ts';
import type { EventQueue } from './EventQueue.ts';

/** Asks the server for a session again (its unread count, read marks); needs `getSession`. */
export async function refreshSession(
  adapter: ChatAdapter,
  events: EventQueue,
  sessionId: SessionId,
): Promise<void> {
  const session = await adapter.getSession?.(sessionId);
  if (session) events.dispatch({ type: 'sessionSnapshots', sessions: [session] });
}

/**
 * Asks the server once for a session that the store knows only from live messages while the
 * session list is still paged. Such a session may sit on a page not loaded yet; a message
 * moves it above the list's cursor, so no later page returns it, and its unread would count
 * only what arrived live. The server's view (`getSession`) brings the whole count. Without
 * `getSession` the store keeps what it counted.
 *
 * @param reconciling the sessions asked for so far
 */
export function reconcileSession(
  adapter: ChatAdapter,
  events: EventQueue,
  reconciling: Set<SessionId>,
  sessionId: SessionId,
): void {
  if (!adapter.getSession || reconciling.has(sessionId)) return;
  const state = events.state();
  if (!state.sessions.hasMore || state.connection.status !== 'connected') return;
  const ledger = tableGet(state.ledger, sessionId);
  if (!ledger || ledger.synced) return;
  reconciling.add(sessionId);
  refreshSession(adapter, events, sessionId).catch((error: unknown) => {
    // The next message of the session asks again.
    reconciling.delete(sessionId);
    events.report(error);
  });
}
