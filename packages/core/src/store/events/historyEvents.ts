import type { ChatState } from '../ChatState.ts';
import { emptyWindow } from '../messageWindow.ts';
import type { EventHandler } from '../StoreEvent.ts';
import { updateWindow } from '../windowUpdate.ts';
import { applyMessage } from './messageEvents.ts';

/**
 * A history page: its messages as seen (never unread), then the window's paging state.
 * `latest` replaces the newest end; `older`/`newer` extend the window.
 */
export const onHistoryPage: EventHandler<'historyPage'> = (state, event) => {
  const { sessionId, page, direction } = event;
  let next: ChatState = state.messages[sessionId]
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
};

/** A history page is being asked for, or failed. */
export const onHistoryLoading: EventHandler<'historyLoading'> = (state, event) =>
  updateWindow(state, event.sessionId, (window) => {
    const error = event.error === undefined ? window.error : event.error;
    return event.direction === 'older'
      ? { ...window, loadingOlder: event.loading, error }
      : { ...window, loadingNewer: event.loading, error };
  });
