import { describe, expect, it } from 'vitest';
import type { Chat } from '../Chat.ts';
import { createChat } from '../createChat.ts';
import { isChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';
import { flush, login } from '../test/login.ts';

/** Session ids that are not `<scene>-<id>` with a valid id. */
const BAD_SESSION_IDS: readonly unknown[] = [
  undefined,
  null,
  42,
  {},
  ['p2p-bob'],
  '',
  'nonsense',
  'p2p-',
  '-bob',
  'room-bob',
  'p2p-bob\u0000x',
  'p2p-line\nbreak',
  'p2p-\u202Eevil',
  'p2p-\u2066isolated\u2069',
  `p2p-${'a'.repeat(100_000)}`,
];

type Call = (chat: Chat, message: Message) => unknown;
const bad = (value: unknown) => value as never;

/** Every action that takes a session id, called with `id` in its place. */
const SESSION_ID_CALLS: readonly [string, (id: never) => Call][] = [
  ['setActiveSession', (id) => (c) => c.setActiveSession(id)],
  ['markSessionRead', (id) => (c) => c.markSessionRead(id)],
  ['pin', (id) => (c) => c.pin(id)],
  ['unpin', (id) => (c) => c.unpin(id)],
  ['updatePinExt', (id) => (c) => c.updatePinExt(id, 'x')],
  ['setMute', (id) => (c) => c.setMute(id, true)],
  ['setSessionExt', (id) => (c) => c.setSessionExt(id, 'x')],
  ['deleteSession', (id) => (c) => c.deleteSession(id)],
  ['updateLocalSession', (id) => (c) => c.updateLocalSession(id, {})],
  ['setDraft', (id) => (c) => c.setDraft(id, 'draft')],
  ['openSession', (id) => (c) => c.openSession(id)],
  ['loadOlder', (id) => (c) => c.loadOlder(id)],
  ['loadNewer', (id) => (c) => c.loadNewer(id)],
  ['send', (id) => (c) => c.send(id, { type: 'text', body: 'hi' })],
  ['deleteMessages', (id) => (c) => c.deleteMessages(id, ['x'])],
  ['deleteHistoryBefore', (id) => (c) => c.deleteHistoryBefore(id, 1)],
  ['sendReceipt', (id) => (c) => c.sendReceipt(id)],
  ['sendTyping', (id) => (c) => c.sendTyping(id)],
];

const blob = new Blob(['bytes']);

/** [action, the argument the error must name, the call]. */
const OTHER_CALLS: readonly [string, string, Call][] = [
  ['pin', 'ext', (c) => c.pin('p2p-bob', bad(42))],
  ['updatePinExt', 'ext', (c) => c.updatePinExt('p2p-bob', bad(undefined))],
  ['updatePinExt', 'ext', (c) => c.updatePinExt('p2p-bob', bad(null))],
  ['setMute', 'mute', (c) => c.setMute('p2p-bob', bad('yes'))],
  ['setMute', 'mute', (c) => c.setMute('p2p-bob', bad(undefined))],
  ['setSessionExt', 'ext', (c) => c.setSessionExt('p2p-bob', bad(null))],
  ['deleteSession', 'options', (c) => c.deleteSession('p2p-bob', bad(null))],
  [
    'deleteSession',
    'options.clearHistory',
    (c) => c.deleteSession('p2p-bob', { clearHistory: bad('yes') }),
  ],
  ['deleteSessions', 'sessionIds', (c) => c.deleteSessions(bad(null))],
  ['deleteSessions', 'sessionIds', (c) => c.deleteSessions(bad(undefined))],
  ['deleteSessions', 'sessionIds', (c) => c.deleteSessions([])],
  ['deleteSessions', 'sessionIds', (c) => c.deleteSessions(bad('p2p-bob'))],
  ['deleteSessions', 'sessionIds[1]', (c) => c.deleteSessions(['p2p-bob', bad(42)])],
  ['deleteSessions', 'sessionIds[0]', (c) => c.deleteSessions(['p2p-\u202Eevil'])],
  ['deleteSessions', 'options.unpin', (c) => c.deleteSessions(['p2p-bob'], { unpin: bad(1) })],
  ['updateLocalSession', 'localCustom', (c) => c.updateLocalSession('p2p-bob', bad(null))],
  ['updateLocalSession', 'localCustom', (c) => c.updateLocalSession('p2p-bob', bad(undefined))],
  ['updateLocalSession', 'localCustom', (c) => c.updateLocalSession('p2p-bob', bad([1]))],
  ['updateLocalSession', 'localCustom', (c) => c.updateLocalSession('p2p-bob', bad('x'))],
  [
    'updateLocalSession',
    'localCustom.a',
    (c) => c.updateLocalSession('p2p-bob', { a: bad(() => 1) }),
  ],
  ['updateLocalSession', 'localCustom.a', (c) => c.updateLocalSession('p2p-bob', { a: NaN })],
  ['updateLocalSession', 'sessionId', (c) => c.updateLocalSession(bad(null), bad(null))],
  ['insertLocalSession', 'target', (c) => c.insertLocalSession(bad(null))],
  ['insertLocalSession', 'target', (c) => c.insertLocalSession(bad(undefined))],
  [
    'insertLocalSession',
    'target.scene',
    (c) => c.insertLocalSession(bad({ scene: 'room', to: 'x' })),
  ],
  ['insertLocalSession', 'target.to', (c) => c.insertLocalSession({ scene: 'p2p', to: '' })],
  ['insertLocalSession', 'target.to', (c) => c.insertLocalSession({ scene: 'p2p', to: bad(42) })],
  ['insertLocalSession', 'target.to', (c) => c.insertLocalSession({ scene: 'p2p', to: 'a\u0000' })],
  [
    'insertLocalSession',
    'target.to',
    (c) => c.insertLocalSession({ scene: 'team', to: 'x'.repeat(129) }),
  ],
  [
    'insertLocalSession',
    'target.updateTime',
    (c) => c.insertLocalSession({ scene: 'p2p', to: 'x', updateTime: -1 }),
  ],
  [
    'insertLocalSession',
    'target.updateTime',
    (c) => c.insertLocalSession({ scene: 'p2p', to: 'x', updateTime: bad('1') }),
  ],
  ['searchDirectory', 'text', (c) => c.searchDirectory(bad(42))],
  ['searchDirectory', 'options', (c) => c.searchDirectory('sam', bad(null))],
  ['startChat', 'target', (c) => c.startChat(bad(null))],
  ['startChat', 'target.user', (c) => c.startChat({ user: bad(null) })],
  ['startChat', 'target.user.account', (c) => c.startChat({ user: { account: '', nick: 'x' } })],
  [
    'startChat',
    'target.team.scene',
    (c) => c.startChat(bad({ team: { teamId: 't1', scene: 'p2p', name: 'x' } })),
  ],
  ['startChat', 'target.account', (c) => c.startChat({ account: 'a\u202Eb' })],
  ['startChat', 'target.account', (c) => c.startChat({ account: bad(7) })],
  ['setDraft', 'draft', (c) => c.setDraft('p2p-bob', bad(null))],
  ['setDraft', 'draft', (c) => c.setDraft('p2p-bob', bad(42))],
  ['send', 'content', (c) => c.send('p2p-bob', bad(null))],
  ['send', 'content', (c) => c.send('p2p-bob', bad(undefined))],
  ['send', 'content', (c) => c.send('p2p-bob', bad('hi'))],
  ['send', 'content.type', (c) => c.send('p2p-bob', bad({ type: 'video-call', body: 'x' }))],
  ['send', 'content.type', (c) => c.send('p2p-bob', bad({ type: 'notification', body: 'x' }))],
  ['send', 'content.body', (c) => c.send('p2p-bob', { type: 'text', body: bad(42) })],
  ['send', 'content.body', (c) => c.send('p2p-bob', { type: 'text', body: '' })],
  ['send', 'content.body', (c) => c.send('p2p-bob', { type: 'text', body: ' \n ' })],
  ['send', 'content.body', (c) => c.send('p2p-bob', { type: 'tip', body: bad(undefined) })],
  [
    'send',
    'content.needReceipt',
    (c) => c.send('team-7', { type: 'text', body: 'x', needReceipt: bad('yes') }),
  ],
  ['send', 'content.file', (c) => c.send('p2p-bob', { type: 'file', file: bad('a.txt') })],
  ['send', 'content.file', (c) => c.send('p2p-bob', { type: 'image', file: bad({}) })],
  ['send', 'content.file', (c) => c.send('p2p-bob', { type: 'file', file: bad(null) })],
  ['send', 'content.file', (c) => c.send('p2p-bob', { type: 'file', file: new Blob([]) })],
  [
    'send',
    'content.name',
    (c) => c.send('p2p-bob', { type: 'file', file: blob, name: 'invoice\u202Efdp.exe' }),
  ],
  ['send', 'content.name', (c) => c.send('p2p-bob', { type: 'file', file: blob, name: bad(42) })],
  ['send', 'content.attach', (c) => c.send('p2p-bob', { type: 'custom', attach: bad(null) })],
  [
    'send',
    'content.attach.kind',
    (c) => c.send('p2p-bob', { type: 'custom', attach: { kind: '', data: 1 } }),
  ],
  [
    'send',
    'content.attach.lat',
    (c) => c.send('p2p-bob', { type: 'geo', attach: { lat: 100, lng: 0, title: 'x' } }),
  ],
  ['cancelUpload', 'idClient', (c) => c.cancelUpload(bad(undefined))],
  ['cancelUpload', 'idClient', (c) => c.cancelUpload(bad(42))],
  ['cancelUpload', 'idClient', (c) => c.cancelUpload('')],
  ['resend', 'message', (c) => c.resend(bad(null))],
  ['resend', 'message', (c) => c.resend(bad(undefined))],
  ['resend', 'message.idClient', (c) => c.resend(bad({}))],
  ['resend', 'message.sessionId', (c, m) => c.resend({ ...m, sessionId: 'nonsense' })],
  ['forward', 'message', (c) => c.forward(bad(null), 'p2p-carol')],
  ['forward', 'toSessionId', (c, m) => c.forward(m, 'nonsense')],
  ['forward', 'toSessionId', (c, m) => c.forward(m, bad(undefined))],
  ['forward', 'toSessionId', (c, m) => c.forward(m, 'p2p-\u202Eevil')],
  ['recall', 'message', (c) => c.recall(bad(null))],
  ['recall', 'message.idClient', (c, m) => c.recall({ ...m, idClient: bad(7) })],
  ['getTeamReceiptDetail', 'message', (c) => c.getTeamReceiptDetail(bad(undefined))],
  ['deleteMessages', 'idClients', (c) => c.deleteMessages('p2p-bob', bad(null))],
  ['deleteMessages', 'idClients', (c) => c.deleteMessages('p2p-bob', [])],
  ['deleteMessages', 'idClients[0]', (c) => c.deleteMessages('p2p-bob', [bad(42)])],
  ['deleteHistoryBefore', 'time', (c) => c.deleteHistoryBefore('p2p-bob', -1)],
  ['deleteHistoryBefore', 'time', (c) => c.deleteHistoryBefore('p2p-bob', NaN)],
  ['deleteHistoryBefore', 'time', (c) => c.deleteHistoryBefore('p2p-bob', bad('1'))],
  ['deleteHistoryBefore', 'time', (c) => c.deleteHistoryBefore('p2p-bob', bad(undefined))],
];

const ROWS: readonly [string, string, Call][] = [
  ...SESSION_ID_CALLS.flatMap(([action, call]) =>
    BAD_SESSION_IDS.filter((id) => !(action === 'setActiveSession' && id === null)).map(
      (id) => [action, 'sessionId', call(bad(id))] as [string, string, Call],
    ),
  ),
  ...OTHER_CALLS,
];

/** What a call threw or rejected with, or null when it succeeded. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    await run();
    return null;
  } catch (error) {
    return error;
  }
}

describe('every Chat action checks its arguments', () => {
  it.each(ROWS.map(([action, argument, call], i) => [i, action, argument, call] as const))(
    '#%i %s rejects a malformed %s with INVALID_ARGUMENT and changes nothing',
    async (_i, _action, argument, call) => {
      const server = new FakeServer();
      const bob = await login(server, 'bob');
      const sent = await bob.chat.send('p2p-alice', { type: 'text', body: 'hello' });
      const { chat, controls } = await login(server, 'alice');
      await chat.openSession('p2p-bob');
      const message = { ...sent, sessionId: 'p2p-bob' };
      await flush();
      const state = chat.store.getState();
      const calls = controls.calls.length;
      const error = await outcome(() => call(chat, message));
      await flush();
      expect(isChatError(error) && error.code).toBe('INVALID_ARGUMENT');
      expect(isChatError(error) && error.details?.argument).toBe(argument);
      expect(isChatError(error) && error.message.startsWith(`${argument} must be`)).toBe(true);
      expect(chat.store.getState()).toBe(state);
      expect(controls.calls.length).toBe(calls);
    },
  );

  it('names the value it got, with hidden characters made visible and long ones cut', async () => {
    const { chat } = await login(new FakeServer(), 'alice');
    const messageOf = async (run: () => unknown) => {
      const error = await outcome(run);
      return isChatError(error) ? error.message : '';
    };
    expect(await messageOf(() => chat.markSessionRead('p2p-\u202Eevil'))).toContain('\\u202e');
    const long = await messageOf(() => chat.markSessionRead(`p2p-${'a'.repeat(100_000)}`));
    expect(long.length).toBeLessThan(200);
    expect(long).toContain('(100004 characters)');
  });

  it('rejects a text above maxTextLength with TEXT_TOO_LONG before anything is sent', async () => {
    const server = new FakeServer();
    const adapter = createFakeAdapter(server, 'alice');
    const chat = createChat({ adapter, maxTextLength: 5 });
    await chat.connect();
    const error = await outcome(() => chat.send('p2p-bob', { type: 'text', body: '123456' }));
    expect(isChatError(error) && error.code).toBe('TEXT_TOO_LONG');
    expect(isChatError(error) && error.details).toEqual({
      argument: 'content.body',
      length: 6,
      max: 5,
    });
    expect(adapter.controls.calls).not.toContain('send');
    expect(chat.store.getState().sessions.order).toEqual([]);
    await chat.send('p2p-bob', { type: 'text', body: '12345' });
  });
});

describe('createChat checks its options', () => {
  const adapter = createFakeAdapter(new FakeServer(), 'alice');
  it.each([
    ['options.historyPageSize', { historyPageSize: 10_000 }],
    ['options.historyPageSize', { historyPageSize: 0 }],
    ['options.historyPageSize', { historyPageSize: 2.5 }],
    ['options.sessionPageSize', { sessionPageSize: 0 }],
    ['options.sessionPageSize', { sessionPageSize: 101 }],
    ['options.sessionPageSize', { sessionPageSize: bad('10') }],
    ['options.maxTextLength', { maxTextLength: 0 }],
    ['options.maxTextLength', { maxTextLength: Number.POSITIVE_INFINITY }],
    ['options.now', { now: bad(123) }],
    ['options.createId', { createId: bad('id') }],
    ['options.teamReceipts', { teamReceipts: bad('yes') }],
    ['options.persistence', { persistence: bad('indexeddb') }],
    ['options.persistence.put', { persistence: bad({ load: () => [], remove: () => undefined }) }],
    ['options.adapter', { adapter: bad(null) }],
    ['options.adapter.send', { adapter: bad({ ...adapter, send: undefined }) }],
    ['options.adapter.recallWindowMs', { adapter: bad({ ...adapter, recallWindowMs: -1 }) }],
  ])('%s out of range is INVALID_ARGUMENT naming it', (argument, options) => {
    const error = (() => {
      try {
        createChat({ adapter, ...options });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(isChatError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect(isChatError(error) && error.details?.argument).toBe(argument);
  });

  it('accepts the range bounds and exposes the limits it uses', () => {
    const chat = createChat({ adapter, historyPageSize: 100, sessionPageSize: 1 });
    expect(chat.maxTextLength).toBe(5000);
    expect(chat.recallWindowMs).toBe(120_000);
    const short = createChat({ adapter: { ...adapter, recallWindowMs: 30_000 }, maxTextLength: 9 });
    expect([short.maxTextLength, short.recallWindowMs]).toEqual([9, 30_000]);
  });
});
