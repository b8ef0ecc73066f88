import { ChatError, summarizeReactions } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { MemoryStorage } from '../storage/MemoryStorage.ts';
import type { ImportData, ImportMessage } from './ImportData.ts';

const T = 1_700_000_000_000;

async function signIn(server: LocalServer, account: string) {
  const device = createLocalAdapter({ server, account });
  await device.connect();
  return device;
}

const text = (from: string, to: string, minute: number, body = `${from}@${minute}`) =>
  ({ from, to, time: T + minute * 60_000, body }) satisfies ImportMessage;

/** Alice and Bob: four messages, Bob's last two after Alice's read mark. */
const chat: ImportData = {
  users: [
    { account: 'alice', nick: 'Alice' },
    { account: 'bob', nick: 'Bob' },
  ],
  messages: [
    text('bob', 'alice', 1),
    text('alice', 'bob', 2),
    text('bob', 'alice', 3),
    text('bob', 'alice', 4),
  ],
};

describe('LocalServer.import', () => {
  it('turns plain messages into both sides of a conversation', async () => {
    const server = await LocalServer.open({ now: () => T });
    await server.import(chat);
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');

    const [withBob] = (await alice.getSessions({})).items;
    expect(withBob).toMatchObject({ id: 'p2p-bob', unread: 3, updateTime: T + 4 * 60_000 });
    expect(withBob?.lastMsg).toMatchObject({ body: 'bob@4', from: 'bob', sessionId: 'p2p-bob' });
    const [withAlice] = (await bob.getSessions({})).items;
    expect(withAlice).toMatchObject({ id: 'p2p-alice', unread: 1 });
    const history = await alice.getHistory({ sessionId: 'p2p-bob', limit: 10 });
    expect(history.items.map((m) => m.body)).toEqual(['bob@4', 'bob@3', 'alice@2', 'bob@1']);
    expect(server.getUsers(['bob'])).toEqual([{ account: 'bob', nick: 'Bob' }]);
  });

  it('imports reactions, which both sides see with the message', async () => {
    const server = await LocalServer.open({ now: () => T });
    const [first, ...rest] = chat.messages ?? [];
    if (!first) throw new Error('the chat has messages');
    await server.import({
      ...chat,
      messages: [{ ...first, reactions: { '👍': ['alice', 'bob'], '🎉': ['alice'] } }, ...rest],
    });
    for (const account of ['alice', 'bob']) {
      const device = await signIn(server, account);
      const sessionId = account === 'alice' ? 'p2p-bob' : 'p2p-alice';
      const page = await device.getHistory({ sessionId, limit: 10 });
      const oldest = page.items[page.items.length - 1];
      // Both keys were given at the message's time, so their order is by key alone.
      expect(summarizeReactions(oldest?.reactions, account)).toEqual([
        { key: '🎉', count: 1, mine: account === 'alice', accounts: ['alice'] },
        { key: '👍', count: 2, mine: true, accounts: ['alice', 'bob'] },
      ]);
      // Reactions never count as unread: the counts are those of the messages alone.
      expect((await device.getSessions({})).items[0]?.unread).toBe(account === 'alice' ? 3 : 1);
    }
  });

  it('imports read state: unread counts, read marks and p2p read receipts', async () => {
    const server = await LocalServer.open();
    await server.import({
      ...chat,
      sessions: [
        { account: 'alice', id: 'p2p-bob', unread: 1 },
        { account: 'bob', id: 'p2p-alice', ack: T + 2 * 60_000, msgReceiptTime: T + 3 * 60_000 },
      ],
    });
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    const [withBob] = (await alice.getSessions({})).items;
    expect(withBob).toMatchObject({ unread: 1, ack: T + 4 * 60_000 - 1 });
    const seenByAlice = (await alice.getHistory({ sessionId: 'p2p-bob' })).items;
    expect(seenByAlice.map((m) => [m.body, m.status])).toEqual([
      ['bob@4', 'unread'],
      ['bob@3', 'read'],
      ['alice@2', 'sent'],
      ['bob@1', 'read'],
    ]);
    const [withAlice] = (await bob.getSessions({})).items;
    expect(withAlice).toMatchObject({ unread: 0, msgReceiptTime: T + 3 * 60_000 });
    const seenByBob = (await bob.getHistory({ sessionId: 'p2p-alice' })).items;
    expect(seenByBob.map((m) => [m.body, m.status])).toEqual([
      ['bob@4', 'sent'],
      ['bob@3', 'read'],
      ['alice@2', 'read'],
      ['bob@1', 'read'],
    ]);
  });

  it('imports teams, team readers, pins, ext and mute', async () => {
    const server = await LocalServer.open();
    await server.import({
      teams: [{ teamId: 'crew', name: 'Crew', owner: 'alice', members: ['bob', 'carol'] }],
      messages: [
        { scene: 'team', from: 'alice', to: 'crew', time: T, body: 'hi', readBy: ['bob'] },
        text('dave', 'alice', 1),
      ],
      sessions: [
        { account: 'alice', id: 'team-crew', pinned: true, ext: 'work' },
        { account: 'alice', id: 'p2p-dave', mute: true },
      ],
    });
    const alice = await signIn(server, 'alice');
    const sessions = (await alice.getSessions({})).items;
    expect(sessions.find((s) => s.id === 'team-crew')).toMatchObject({
      stickTopInfo: { isStickOnTop: true },
      ext: 'work',
      lastMsg: { body: 'hi', teamReceipt: { read: 1, unread: 1 } },
    });
    expect(sessions.find((s) => s.id === 'p2p-dave')).toMatchObject({ mute: true, unread: 1 });
    const [first] = (await alice.getHistory({ sessionId: 'team-crew' })).items;
    if (!first) throw new Error('no team message');
    expect(await alice.getTeamReceiptDetail?.(first)).toEqual({
      read: ['bob'],
      unread: ['carol'],
    });
    expect(await alice.getTeamMembers?.('crew')).toMatchObject([
      { account: 'alice', role: 'owner' },
      { account: 'bob', role: 'normal' },
      { account: 'carol', role: 'normal' },
    ]);
  });

  it('lists a session that has state but no messages, empty', async () => {
    const server = await LocalServer.open();
    await server.import({ sessions: [{ account: 'alice', id: 'p2p-erin', ext: 'new lead' }] });
    const alice = await signIn(server, 'alice');
    expect((await alice.getSessions({})).items).toMatchObject([
      { id: 'p2p-erin', lastMsg: null, ext: 'new lead', unread: 0 },
    ]);
  });

  it('keeps the clock ahead of imported times, and stores everything', async () => {
    const storage = new MemoryStorage();
    const future = T + 3_600_000;
    const server = await LocalServer.open({ storage, now: () => T });
    await server.import({ ...chat, messages: [text('bob', 'alice', 60)] });
    const alice = await signIn(server, 'alice');
    const sent = await alice.send({
      idClient: 'later',
      scene: 'p2p',
      to: 'bob',
      type: 'text',
      body: 'after',
    });
    expect(sent.time).toBeGreaterThan(future);
    await server.close();

    const reopened = await LocalServer.open({ storage });
    const again = await signIn(reopened, 'alice');
    const history = await again.getHistory({ sessionId: 'p2p-bob' });
    expect(history.items.map((m) => m.body)).toEqual(['after', 'bob@60']);
  });

  it('gives every message without an idClient a fresh one, import after import', async () => {
    const server = await LocalServer.open();
    await server.import({ messages: [text('bob', 'alice', 1)] });
    await server.import({ messages: [text('bob', 'alice', 2)] });
    const alice = await signIn(server, 'alice');
    const ids = (await alice.getHistory({ sessionId: 'p2p-bob' })).items.map((m) => m.idClient);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('LocalServer.import rejects bad input whole', () => {
  const rejects = async (data: unknown, code: string, path: string | RegExp) => {
    const server = await LocalServer.open({ autoRegister: false });
    await server.import({ users: [{ account: 'alice' }, { account: 'bob' }] });
    const before = (await signIn(server, 'alice').then((a) => a.getSessions({}))).items;
    const error = await server.import(data as ImportData).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatError);
    const wanted = typeof path === 'string' ? path : expect.stringMatching(path);
    expect(error).toMatchObject({ code, details: { argument: wanted } });
    // Nothing of the rejected import is there, not even its valid entries.
    expect((await signIn(server, 'alice').then((a) => a.getSessions({}))).items).toEqual(before);
  };

  it.each([
    ['a message without a time', { time: undefined }, 'messages[1].time'],
    ['a negative time', { time: -1 }, 'messages[1].time'],
    ['an unknown type', { type: 'sticker' }, 'messages[1].type'],
    ['an empty text', { body: '  ' }, 'messages[1].body'],
    ['a body that is not text', { body: 42 }, 'messages[1].body'],
    ['an unknown scene', { scene: 'room' }, 'messages[1].scene'],
    ['a p2p message with readBy', { readBy: ['alice'] }, 'messages[1].readBy'],
    ['a taken idClient', { idClient: 'first' }, 'messages[1].idClient'],
    ['a reaction by nobody known', { reactions: { '👍': [42] } }, /^messages\[1\]\.reactions/],
    ['a reaction key with a control character', { reactions: { 'a\u0007': ['bob'] } }, /reactions/],
  ])('%s', async (_name, patch, path) => {
    const messages = [
      { ...text('bob', 'alice', 1), idClient: 'first' },
      { ...text('bob', 'alice', 2), ...patch },
    ];
    await rejects({ messages }, 'INVALID_ARGUMENT', path);
  });

  it('an account the server does not know, when it does not register accounts', async () => {
    await rejects({ messages: [text('alice', 'mallory', 1)] }, 'NOT_FOUND', 'messages[0].to');
  });

  it('a team message to a team that does not exist', async () => {
    const message = { scene: 'team', from: 'alice', to: 'nope', time: T, body: 'x' };
    await rejects({ messages: [message] }, 'NOT_FOUND', 'messages[0].to');
  });

  it('more unread than there are messages from others', async () => {
    const sessions = [{ account: 'alice', id: 'p2p-bob', unread: 2 }];
    await rejects(
      { messages: [text('bob', 'alice', 1)], sessions },
      'INVALID_ARGUMENT',
      'sessions[0].unread',
    );
  });

  it('both ack and unread, or a receipt time on a team', async () => {
    const both = [{ account: 'alice', id: 'p2p-bob', unread: 0, ack: 1 }];
    await rejects({ sessions: both }, 'INVALID_ARGUMENT', 'sessions[0].unread');
    const team = { teamId: 't', name: 'T', owner: 'alice', members: ['bob'] };
    const receipt = [{ account: 'alice', id: 'team-t', msgReceiptTime: 1 }];
    await rejects(
      { teams: [team], sessions: receipt },
      'INVALID_ARGUMENT',
      'sessions[0].msgReceiptTime',
    );
  });

  it('a malformed session id, or a team the account is not in', async () => {
    await rejects({ sessions: [{ account: 'alice', id: 'bob' }] }, 'INVALID_ARGUMENT', /id$/);
    const team = { teamId: 't', name: 'T', owner: 'bob', members: [] };
    const sessions = [{ account: 'alice', id: 'team-t' }];
    await rejects({ teams: [team], sessions }, 'INVALID_ARGUMENT', 'sessions[0].id');
  });

  it('more pins than the server allows', async () => {
    const server = await LocalServer.open({ maxPins: 2 });
    const sessions = ['p2p-a', 'p2p-b', 'p2p-c'].map((id) => ({ account: 'me', id, pinned: true }));
    await expect(server.import({ sessions })).rejects.toMatchObject({ code: 'PIN_LIMIT' });
    await server.import({ sessions: sessions.slice(0, 2) });
  });

  it('ids with control or bidi characters, and texts over the limit', async () => {
    await rejects({ users: [{ account: 'b\u202Eob' }] }, 'INVALID_ARGUMENT', 'users[0].account');
    const long = { ...text('bob', 'alice', 1), body: 'x'.repeat(5001) };
    await rejects({ messages: [long] }, 'TEXT_TOO_LONG', 'messages[0].body');
  });

  it('data that is not an object', async () => {
    await rejects(null, 'INVALID_ARGUMENT', 'data');
    await rejects({ messages: {} }, 'INVALID_ARGUMENT', 'messages');
  });
});

describe('LocalServer.open({ data })', () => {
  it('imports on a first start only; a reopened storage keeps what it has', async () => {
    const storage = new MemoryStorage();
    const first = await LocalServer.open({ storage, data: chat });
    const alice = await signIn(first, 'alice');
    await alice.markSessionRead('p2p-bob', T + 4 * 60_000);
    await first.close();

    const reopened = await LocalServer.open({ storage, data: chat });
    const again = await signIn(reopened, 'alice');
    const history = await again.getHistory({ sessionId: 'p2p-bob' });
    expect(history.items).toHaveLength(4);
    expect((await again.getSessions({})).items[0]?.unread).toBe(0);
  });
});
