import { describe, expect, it } from 'vitest';
import { createChat } from '../createChat.ts';
import type { DirectoryQuery } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Team } from '../model/User.ts';
import { matchDirectory } from '../rules/directoryMatch.ts';
import { selectSession, sessionList } from '../store/selectors.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';

const people = [
  { account: 'sam', nick: 'Sam Lee' },
  { account: 'samantha', nick: 'Samantha Ng' },
];
const crew: Team = {
  teamId: 't1',
  scene: 'team',
  name: 'Design crew',
  owner: 'sam',
  memberCount: 3,
};

/** A connected chat of alice whose adapter searches `people` and `crew`, or cannot search. */
async function chatOf(options: { directory: boolean }) {
  const fake = createFakeAdapter(new FakeServer(), 'alice');
  const queries: DirectoryQuery[] = [];
  const adapter = options.directory
    ? {
        ...fake,
        async searchDirectory(query: DirectoryQuery) {
          queries.push(query);
          return {
            users: matchDirectory(query.text, people, (p) => [p.nick, p.account], query.limit),
            teams: matchDirectory(query.text, [crew], (t) => [t.name], query.limit),
          };
        },
      }
    : fake;
  const chat = createChat({ adapter });
  await chat.connect();
  return { chat, queries };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ChatError ? error.code : 'not a ChatError';
  }
  return undefined;
}

describe('searchDirectory', () => {
  it('asks the adapter with the trimmed text and the limit', async () => {
    const { chat, queries } = await chatOf({ directory: true });
    const found = await chat.searchDirectory('  sam ', { limit: 1 });
    expect(found.users.map((u) => u.account)).toEqual(['sam']);
    expect(queries).toEqual([{ text: 'sam', limit: 1 }]);
    expect((await chat.searchDirectory('crew')).teams).toEqual([crew]);
  });

  it('finds nothing for a blank text without asking the backend', async () => {
    const { chat, queries } = await chatOf({ directory: true });
    expect(await chat.searchDirectory('   ')).toEqual({ users: [], teams: [] });
    expect(queries).toEqual([]);
  });

  it('without the capability offers the text as an unchecked account, never a person', async () => {
    const { chat } = await chatOf({ directory: false });
    expect(await chat.searchDirectory(' bob ')).toEqual({
      users: [],
      teams: [],
      enteredAccount: 'bob',
    });
    // Not an account id, or my own: nothing to offer.
    expect(await chat.searchDirectory('bob smith')).toEqual({ users: [], teams: [] });
    expect(await chat.searchDirectory('alice')).toEqual({ users: [], teams: [] });
  });

  it('rejects with NOT_CONNECTED before connect', async () => {
    const chat = createChat({ adapter: createFakeAdapter(new FakeServer(), 'alice') });
    await expect(chat.searchDirectory('sam')).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});

describe('startChat', () => {
  it('inserts the session of a found user, newest, with the profile for its name', async () => {
    const { chat } = await chatOf({ directory: true });
    const session = chat.startChat({ user: { account: 'sam', nick: 'Sam Lee' } });
    const state = chat.store.getState();
    expect(session).toMatchObject({ id: 'p2p-sam', scene: 'p2p', to: 'sam', lastMsg: null });
    expect(sessionList(state)[0]?.id).toBe('p2p-sam');
    expect(state.users.sam?.nick).toBe('Sam Lee');
  });

  it('inserts a team session with the team, and an entered account as a p2p session', async () => {
    const { chat } = await chatOf({ directory: false });
    expect(chat.startChat({ team: crew }).id).toBe('team-t1');
    expect(chat.store.getState().teams.t1?.name).toBe('Design crew');
    expect(chat.startChat({ account: ' bob ' }).id).toBe('p2p-bob');
  });

  it('returns a listed session unchanged instead of inserting it again', async () => {
    const { chat } = await chatOf({ directory: true });
    await chat.send('p2p-sam', { type: 'text', body: 'hi' });
    const before = selectSession(chat.store.getState(), 'p2p-sam');
    expect(chat.startChat({ user: { account: 'sam', nick: 'Sam Lee' } })).toBe(before);
  });

  it('throws INVALID_ARGUMENT for an empty account or a malformed target', async () => {
    const { chat } = await chatOf({ directory: true });
    expect(codeOf(() => chat.startChat({ account: '  ' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => chat.startChat({ user: { account: '', nick: 'x' } }))).toBe(
      'INVALID_ARGUMENT',
    );
    // A team from untyped data (JSON, another SDK) with a p2p scene.
    const loose = JSON.parse('{"team":{"teamId":"t9","scene":"p2p"}}');
    expect(codeOf(() => chat.startChat(loose))).toBe('INVALID_ARGUMENT');
    expect(sessionList(chat.store.getState())).toEqual([]);
  });
});
