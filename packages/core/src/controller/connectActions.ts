import { toChatError } from '../model/ChatError.ts';
import type { Session } from '../model/Session.ts';
import { MAX_SMALL_PAGE_SIZE } from '../rules/paging.ts';
import { type ChatContext, guard } from './ChatContext.ts';

/** Loads profiles and teams the list shows, falling back to bare profiles. */
export async function loadDirectory(context: ChatContext, sessions: readonly Session[]) {
  const { adapter } = context;
  const state = context.state();
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
      context.dispatch({ type: 'users', users });
    }
    if (teamIds.length > 0 && adapter.getTeams) {
      context.dispatch({ type: 'teams', teams: await adapter.getTeams(teamIds) });
    }
  } catch (error) {
    context.report(error);
  }
}

/** Loads the next session page (the first when `first`). */
export async function loadSessionsPage(context: ChatContext, first: boolean): Promise<void> {
  const { sessions } = context.state();
  if (!first && (!sessions.hasMore || sessions.loading)) return;
  context.dispatch({ type: 'sessionsLoading', loading: true });
  try {
    const page = await context.adapter.getSessions({
      cursor: first ? undefined : sessions.cursor || undefined,
      limit: context.sessionPageSize,
    });
    context.dispatch({ type: 'sessionSnapshots', sessions: page.items });
    context.dispatch({ type: 'sessionsPage', cursor: page.cursor, hasMore: page.hasMore });
    void loadDirectory(context, page.items);
  } catch (error) {
    const chatError = toChatError(error);
    context.dispatch({ type: 'sessionsLoading', loading: false, error: chatError.toJSON() });
    throw chatError;
  }
}

async function loadPinned(context: ChatContext): Promise<void> {
  const getPinned = context.adapter.getPinnedSessions?.bind(context.adapter);
  if (!getPinned) return;
  let cursor: string | undefined;
  // Pins are capped (50), so walking every page is bounded.
  for (let guardPages = 0; guardPages < 10; guardPages++) {
    const page = await getPinned({ cursor, limit: MAX_SMALL_PAGE_SIZE });
    context.dispatch({ type: 'sessionSnapshots', sessions: page.items });
    void loadDirectory(context, page.items);
    if (!page.hasMore || !page.cursor) return;
    cursor = page.cursor;
  }
}

/** Connects, then loads the first session page and the pinned sessions. */
export function connect(context: ChatContext): Promise<void> {
  return guard('INTERNAL', async () => {
    context.dispatch({ type: 'connection', status: 'connecting' });
    try {
      const info = await context.adapter.connect();
      if (info.serverTime !== undefined) context.setServerTime(info.serverTime);
      context.dispatch({ type: 'signedIn', me: info.account });
      context.dispatch({ type: 'connection', status: 'connected' });
    } catch (error) {
      const chatError = toChatError(error, 'AUTH_FAILED');
      context.dispatch({ type: 'connection', status: 'disconnected', error: chatError.toJSON() });
      throw chatError;
    }
    await Promise.all([loadSessionsPage(context, true), loadPinned(context)]);
  });
}

/** Disconnects; the store keeps its data. */
export function disconnect(context: ChatContext): Promise<void> {
  return guard('INTERNAL', async () => {
    for (const upload of context.uploads.values()) upload.abort();
    await context.adapter.disconnect();
    context.dispatch({ type: 'connection', status: 'disconnected' });
  });
}
