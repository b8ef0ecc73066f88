import { createLocalAdapter, generateFixtures, LocalServer } from '@parley/adapter-local';
import { type Chat, createChat } from '@parley/react';

/** The signed-in account of every scenario. */
export const ME = 'me';

/**
 * A memory server filled by the fixture generator (every tenth message with reactions), and a
 * connected chat for `ME`.
 */
export async function openFixture(options: { sessions: number; bigSession?: number }) {
  const server = await LocalServer.open();
  await generateFixtures(server, {
    account: ME,
    sessions: options.sessions,
    bigSession: options.bigSession ?? 0,
    messagesPerSession: 2,
    // Every tenth message carries reaction chips, so message rows are measured as users see them.
    reactionEvery: 10,
  });
  const chat: Chat = createChat({ adapter: createLocalAdapter({ server, account: ME }) });
  await chat.connect();
  return { server, chat };
}

/** Loads every session page into the store (setup, not timed). */
export async function loadAllSessions(chat: Chat): Promise<void> {
  while (chat.store.getState().sessions.hasMore) await chat.loadMoreSessions();
}

/** A second device for a peer account, to send "incoming" messages. */
export async function peer(server: LocalServer, account: string) {
  const adapter = createLocalAdapter({ server, account });
  await adapter.connect();
  return adapter;
}
