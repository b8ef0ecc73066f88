import type { ChatState } from '../ChatState.ts';
import { tableHas } from '../KeyedTable.ts';
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

/**
 * `jumpTo`: the window is replaced by the pages around a message (its messages as seen, never
 * unread); older pages continue from `older`, newer ones from `newer`. The focus is kept, so
 * its `seq` keeps growing.
 */
export const onHistoryJump: EventHandler<'historyJump'> = (state, event) => {
  const { sessionId, older, newer } = event;
  const focus = state.messages[sessionId]?.focus ?? null;
  let next: ChatState = {
    ...state,
    messages: { ...state.messages, [sessionId]: { ...emptyWindow(), focus } },
  };
  for (const message of older.items) next = applyMessage(next, message, 'page');
  for (const message of newer.items) next = applyMessage(next, message, 'page');
  return updateWindow(next, sessionId, (window) => ({
    ...window,
    hasMoreOlder: older.hasMore,
    olderCursor: older.cursor,
    hasMoreNewer: newer.hasMore,
    newerCursor: newer.cursor,
  }));
};

/** A loaded message is brought into view and highlighted; jumping again scrolls again. */
export const onFocus: EventHandler<'focus'> = (state, event) =>
  updateWindow(state, event.sessionId, (window) =>
    tableHas(window.byId, event.idClient)
      ? { ...window, focus: { idClient: event.idClient, seq: (window.focus?.seq ?? 0) + 1 } }
      : window,
  );

/** A history page is being asked for, or failed. */
export const onHistoryLoading: EventHandler<'historyLoading'> = (state, event) =>
  updateWindow(state, event.sessionId, (window) => {
    const error = event.error === undefined ? window.error : event.error;
    return event.direction === 'older'
      ? { ...window, loadingOlder: event.loading, error }
      : { ...window, loadingNewer: event.loading, error };
  });
