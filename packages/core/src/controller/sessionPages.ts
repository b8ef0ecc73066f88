import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { toChatError } from '../model/ChatError.ts';
import type { Session } from '../model/Session.ts';
import { MAX_SMALL_PAGE_SIZE } from '../rules/paging.ts';
import type { EventQueue } from './EventQueue.ts';

/** Loads profiles and teams the list shows, falling back to bare profiles. */
async function loadDirectory(
  events: EventQueue,
  adapter: ChatAdapter,
  sessions: readonly Session[],
) {
  const state = events.state();
  // Peers, and the last senders of team sessions, whom the list previews by name.
  const accounts = [
    ...new Set(
      sessions
        .map((s) => (s.scene === 'p2p' ? s.to : s.lastMsg?.from))
        .filter((account): account is string => !!account && !state.users[account]),
    ),
  ];
  const teamIds = [
    ...new Set(sessions.filter((s) => s.scene !== 'p2p' && !state.teams[s.to]).map((s) => s.to)),
  ];
  try {
    if (accounts.length > 0) {
      const users = adapter.getUsers
        ? await adapter.getUsers(accounts)
        : accounts.map((account) => ({ account, nick: account }));
      events.dispatch({ type: 'users', users });
    }
    if (teamIds.length > 0 && adapter.getTeams) {
      events.dispatch({ type: 'teams', teams: await adapter.getTeams(teamIds) });
    }
  } catch (error) {
    events.report(error);
  }
}

/** Loads the next session page (the first when `first`) of `pageSize` sessions. */
export async function loadSessionsPage(
  events: EventQueue,
  adapter: ChatAdapter,
  pageSize: number,
  first: boolean,
): Promise<void> {
  const { sessions } = events.state();
  if (!first && (!sessions.hasMore || sessions.loading)) return;
  events.dispatch({ type: 'sessionsLoading', loading: true });
  try {
    const page = await adapter.getSessions({
      cursor: first ? undefined : sessions.cursor || undefined,
      limit: pageSize,
    });
    events.dispatch({ type: 'sessionSnapshots', sessions: page.items });
    events.dispatch({ type: 'sessionsPage', cursor: page.cursor, hasMore: page.hasMore });
    void loadDirectory(events, adapter, page.items);
  } catch (error) {
    const chatError = toChatError(error);
    events.dispatch({ type: 'sessionsLoading', loading: false, error: chatError.toJSON() });
    throw chatError;
  }
}

/** Loads every pinned session, where the adapter lists them apart. */
export async function loadPinned(events: EventQueue, adapter: ChatAdapter): Promise<void> {
  const getPinned = adapter.getPinnedSessions?.bind(adapter);
  if (!getPinned) return;
  let cursor: string | undefined;
  // Pins are capped (50), so walking every page is bounded.
  for (let guardPages = 0; guardPages < 10; guardPages++) {
    const page = await getPinned({ cursor, limit: MAX_SMALL_PAGE_SIZE });
    events.dispatch({ type: 'sessionSnapshots', sessions: page.items });
    void loadDirectory(events, adapter, page.items);
    if (!page.hasMore || !page.cursor) return;
    cursor = page.cursor;
  }
}
