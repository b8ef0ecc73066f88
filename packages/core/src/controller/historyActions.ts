import { ChatError, toChatError } from '../model/ChatError.ts';
import type { SessionId } from '../model/SessionId.ts';
import { checkSessionId } from '../rules/validate.ts';
import { selectMessage } from '../store/selectors.ts';
import { type ChatContext, guard } from './ChatContext.ts';
import { newestIncoming, sendReceiptOnce } from './sessionActions.ts';

/** Loads the newest page of a session into its window (merged with what it holds). */
export async function loadLatest(context: ChatContext, sessionId: SessionId): Promise<void> {
  const page = await context.adapter.getHistory({
    sessionId,
    direction: 'older',
    limit: context.historyPageSize,
  });
  context.openedSessions.add(sessionId);
  context.dispatch({ type: 'historyPage', sessionId, direction: 'latest', page });
  context.profiles.request(page.items.map((m) => m.from));
}

/** Loads the newest page of a session once. */
export function openSession(context: ChatContext, sessionId: SessionId): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    if (context.openedSessions.has(sessionId)) return;
    context.requireConnected();
    await loadLatest(context, sessionId);
    // Opening marked the session read before its messages were here; when my message was the
    // newest, the peer's latest one is only known now.
    if (context.state().activeSessionId === sessionId) {
      const incoming = newestIncoming(context, sessionId);
      if (incoming) sendReceiptOnce(context, incoming).catch((e: unknown) => context.report(e));
    }
  });
}

/** Loads one more page in `direction`; does nothing at the end or while loading. */
export function loadMore(
  context: ChatContext,
  sessionId: SessionId,
  direction: 'older' | 'newer',
): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    const window = context.state().messages[sessionId];
    if (!window || !context.openedSessions.has(sessionId)) {
      await openSession(context, sessionId);
      return;
    }
    const older = direction === 'older';
    if (
      older
        ? !window.hasMoreOlder || window.loadingOlder
        : !window.hasMoreNewer || window.loadingNewer
    ) {
      return;
    }
    context.requireConnected();
    const cursor = older ? window.olderCursor : window.newerCursor;
    const edgeId = older ? window.ids[0] : window.ids[window.ids.length - 1];
    const edge = edgeId === undefined ? undefined : selectMessage(window, edgeId);
    if (!cursor && !edge)
      throw new ChatError('INVALID_STATE', `No page to continue in ${sessionId}`);
    context.dispatch({ type: 'historyLoading', sessionId, direction, loading: true, error: null });
    try {
      const page = await context.adapter.getHistory({
        sessionId,
        direction,
        limit: context.historyPageSize,
        ...(cursor ? { cursor } : { anchorTime: edge?.time }),
      });
      context.dispatch({ type: 'historyPage', sessionId, direction, page });
      context.profiles.request(page.items.map((m) => m.from));
    } catch (error) {
      const chatError = toChatError(error);
      context.dispatch({
        type: 'historyLoading',
        sessionId,
        direction,
        loading: false,
        error: chatError.toJSON(),
      });
      throw chatError;
    }
  });
}
