import type { ChatAdapter, Page } from '../model/ChatAdapter.ts';
import { toChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { EventQueue } from './EventQueue.ts';
import type { ProfileLoader } from './ProfileLoader.ts';

/** What paging history works with. */
export interface Paging {
  adapter: ChatAdapter;
  events: EventQueue;
  profiles: ProfileLoader;
  /** `CreateChatOptions.historyPageSize`. */
  pageSize: number;
  /** Sessions whose newest page was loaded. */
  opened: Set<SessionId>;
}

/** Loads the newest page of a session into its window (merged with what it holds). */
export async function loadLatest(context: Paging, sessionId: SessionId): Promise<void> {
  const page = await context.adapter.getHistory({
    sessionId,
    direction: 'older',
    limit: context.pageSize,
  });
  context.opened.add(sessionId);
  context.events.dispatch({ type: 'historyPage', sessionId, direction: 'latest', page });
  context.profiles.request(page.items.map((m) => m.from));
}

/**
 * Loads the page after `cursor`, or else after the edge message, in `direction`; the window
 * shows it loading, and failed when it fails.
 */
export async function loadPage(
  context: Paging,
  sessionId: SessionId,
  direction: 'older' | 'newer',
  from: { cursor: string; edge: Message | undefined },
): Promise<void> {
  const { events } = context;
  events.dispatch({ type: 'historyLoading', sessionId, direction, loading: true, error: null });
  try {
    const page = await context.adapter.getHistory({
      sessionId,
      direction,
      limit: context.pageSize,
      ...(from.cursor ? { cursor: from.cursor } : { anchorTime: from.edge?.time }),
    });
    events.dispatch({ type: 'historyPage', sessionId, direction, page });
    context.profiles.request(page.items.map((m) => m.from));
  } catch (error) {
    const chatError = toChatError(error);
    events.dispatch({
      type: 'historyLoading',
      sessionId,
      direction,
      loading: false,
      error: chatError.toJSON(),
    });
    throw chatError;
  }
}

/**
 * The pages around a time: the newest page up to and with `time` (older than `time + 1`) and
 * the page after it.
 */
export async function loadAround(
  context: Paging,
  sessionId: SessionId,
  time: number,
): Promise<{ older: Page<Message>; newer: Page<Message> }> {
  const { adapter, pageSize } = context;
  const [older, newer] = await Promise.all([
    adapter.getHistory({ sessionId, direction: 'older', limit: pageSize, anchorTime: time + 1 }),
    adapter.getHistory({ sessionId, direction: 'newer', limit: pageSize, anchorTime: time }),
  ]);
  context.profiles.request([...older.items, ...newer.items].map((m) => m.from));
  return { older, newer };
}
