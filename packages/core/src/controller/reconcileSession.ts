import type { SessionId } from '../model/SessionId.ts';
import { tableGet } from '../store/KeyedTable.ts';
import type { ChatContext } from './ChatContext.ts';

/** Asks the server for a session again (its unread count, read marks); needs `getSession`. */
export async function refreshSession(
  context: Pick<ChatContext, 'adapter' | 'dispatch'>,
  sessionId: SessionId,
): Promise<void> {
  const session = await context.adapter.getSession?.(sessionId);
  if (session) context.dispatch({ type: 'sessionSnapshots', sessions: [session] });
}

/**
 * Asks the server once for a session that the store knows only from live messages while the
 * session list is still paged. Such a session may sit on a page not loaded yet; a message
 * moves it above the list's cursor, so no later page returns it, and its unread would count
 * only what arrived live. The server's view (`getSession`) brings the whole count. Without
 * `getSession` the store keeps what it counted.
 */
export function reconcileSession(
  context: Pick<ChatContext, 'adapter' | 'state' | 'dispatch' | 'report' | 'reconciling'>,
  sessionId: SessionId,
): void {
  const { adapter, reconciling } = context;
  if (!adapter.getSession || reconciling.has(sessionId)) return;
  const state = context.state();
  if (!state.sessions.hasMore || state.connection.status !== 'connected') return;
  const ledger = tableGet(state.ledger, sessionId);
  if (!ledger || ledger.synced) return;
  reconciling.add(sessionId);
  refreshSession(context, sessionId).catch((error: unknown) => {
    // The next message of the session asks again.
    reconciling.delete(sessionId);
    context.report(error);
  });
}
