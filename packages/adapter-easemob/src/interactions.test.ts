import type { AdapterEvent, ChatAdapter, Message } from '@parley/core';
import { replyRefOf, summarizeReactions } from '@parley/core/rules';
import { allHistory, expectCode, text } from '@parley/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { replyRefFromExt } from './quote.ts';
import { easemobDevice } from './test/easemobFactory.ts';
import { eventually, openCloud, say } from './test/seedHarness.ts';

type Event<T extends AdapterEvent['type']> = Extract<AdapterEvent, { type: T }>;

type Device = { adapter: ChatAdapter };

/** `adapter.react`, which these tests expect the adapter to have. */
function react(device: Device, message: Message, key: string, on: boolean) {
  if (!device.adapter.react) throw new Error('The adapter has no react');
  return device.adapter.react(message, { key, on }, on ? [key] : []);
}

/** `adapter.edit`, which these tests expect the adapter to have. */
function edit(device: Device, message: Message, body: string) {
  if (!device.adapter.edit) throw new Error('The adapter has no edit');
  return device.adapter.edit(message, body);
}

function eventsOf<T extends AdapterEvent['type']>(events: AdapterEvent[], type: T): Event<T>[] {
  return events.filter((e): e is Event<T> => e.type === type);
}

function historyOf(device: Device, id: string) {
  return allHistory(device.adapter, id);
}

describe('replies: the Easemob UIKits’ msgQuote', () => {
  it('a reply carries msgQuote for other Easemob apps and reaches the peer with its quote', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const original = await say(alice, 'bob', 'lunch at noon?\nor later');
    const ref = replyRefOf(original);
    const send = vi.spyOn(bob.conn, 'send');
    const reply = await bob.adapter.send({ ...text('alice', 'noon works'), replyTo: ref });
    expect(reply.replyTo).toEqual(ref);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      ext: {
        msgQuote: {
          msgID: original.idServer,
          msgPreview: 'lunch at noon? or later',
          msgSender: 'alice',
          msgType: 'txt',
        },
      },
    });
    await eventually(() => {
      const got = eventsOf(alice.events, 'message').find(
        (e) => e.message.idClient === reply.idClient,
      );
      expect(got?.message.replyTo).toEqual(ref);
    });
    const fresh = await device('alice');
    const history = await historyOf(fresh, 'p2p-bob');
    expect(history.find((m) => m.idClient === reply.idClient)?.replyTo).toEqual(ref);
  });

  it('a quote from another Easemob app finds its original among the messages seen', () => {
    const seen: Message = {
      idClient: 'parley-7',
      idServer: 'em7',
      scene: 'p2p',
      sessionId: 'p2p-bob',
      from: 'bob',
      to: 'alice',
      time: 1_700_000_000_000,
      status: 'unread',
      type: 'text',
      body: 'hi',
    };
    const ext = {
      msgQuote: { msgID: 'em7', msgPreview: '[image]', msgSender: 'bob', msgType: 'img' },
    };
    expect(replyRefFromExt(ext, (id) => (id === 'em7' ? seen : undefined))).toEqual({
      idClient: 'parley-7',
      idServer: 'em7',
      from: 'bob',
      type: 'image',
      body: '[image]',
      time: seen.time,
    });
    // Not seen: the server id stands in, at time 0; bad data is no quote at all.
    expect(replyRefFromExt(ext)).toMatchObject({ idClient: 'em7', time: 0 });
    expect(replyRefFromExt({ msgQuote: 'x' })).toBeUndefined();
    // A Parley quote of a message the server had not numbered yet still names it.
    expect(
      replyRefFromExt({
        msgQuote: { msgID: '', msgPreview: 'hi', msgSender: 'bob', msgType: 'txt' },
        parley_reply: { idClient: 'parley-8', type: 'text', time: 5 },
      }),
    ).toEqual({
      idClient: 'parley-8',
      idServer: '',
      from: 'bob',
      type: 'text',
      body: 'hi',
      time: 5,
    });
    expect(replyRefFromExt({ msgQuote: { msgID: 5 } })).toBeUndefined();
  });
});

describe('reactions: addReaction / deleteReaction / onReactionChange', () => {
  it('reaches the sender and my other devices as per-account changes, never as messages', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const bob2 = await device('bob');
    const message = await say(alice, 'bob', 'ship it');
    await eventually(() =>
      expect(
        eventsOf(bob.events, 'message').some((e) => e.message.idClient === message.idClient),
      ).toBe(true),
    );
    const before = alice.events.length;
    const { time } = await react(bob, message, '👍', true);
    expect(time).toBeGreaterThan(0);
    const expected = {
      type: 'reaction',
      sessionId: 'p2p-bob',
      idClient: message.idClient,
      account: 'bob',
      change: { key: '👍', on: true },
    };
    await eventually(() => expect(eventsOf(alice.events, 'reaction')).toMatchObject([expected]));
    await eventually(() =>
      expect(eventsOf(bob2.events, 'reaction')).toMatchObject([
        { ...expected, sessionId: 'p2p-alice' },
      ]),
    );
    expect(alice.events.slice(before).map((e) => e.type)).toEqual(['reaction']);

    await react(bob, message, '👍', false);
    await eventually(() =>
      expect(eventsOf(alice.events, 'reaction').at(-1)?.change).toEqual({ key: '👍', on: false }),
    );
  });

  it('a change another device of mine already made holds (1101 / 1103 read as done)', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const bob2 = await device('bob');
    const message = await say(alice, 'bob', 'hello');
    await react(bob, message, '❤️', true);
    await expect(react(bob2, message, '❤️', true)).resolves.toMatchObject({});
    await react(bob, message, '❤️', false);
    await expect(react(bob2, message, '❤️', false)).resolves.toMatchObject({});
  });

  it('history folds every reactor in, past the three users Easemob lists', async () => {
    const { cloud, device } = await openCloud();
    const owner = 'alice';
    const members = ['bob', 'carol', 'dave', 'erin', 'frank'];
    const { teamId } = await cloud.server.createTeam({ owner, members });
    const alice = await device(owner);
    const message = await alice.adapter.send(text(teamId, 'vote', 'team'));
    for (const user of members) {
      const member = await device(user);
      await allHistory(member.adapter, `team-${teamId}`);
      await react(member, message, '🎉', true);
    }
    const fresh = await device('carol');
    const detail = vi.spyOn(fresh.conn, 'getReactionDetail');
    const found = (await historyOf(fresh, `team-${teamId}`)).find(
      (m) => m.idClient === message.idClient,
    );
    expect(summarizeReactions(found?.reactions, 'carol')).toEqual([
      { key: '🎉', count: 5, mine: true, accounts: expect.arrayContaining(members) },
    ]);
    expect(detail).toHaveBeenCalledTimes(1);
  });

  it('a failed read of the longer list still brings the page, with the users listed', async () => {
    const { cloud, device } = await openCloud();
    const members = ['bob', 'carol', 'dave', 'erin'];
    const { teamId } = await cloud.server.createTeam({ owner: 'alice', members });
    const alice = await device('alice');
    const message = await alice.adapter.send(text(teamId, 'vote', 'team'));
    for (const user of members) {
      const member = await device(user);
      await allHistory(member.adapter, `team-${teamId}`);
      await react(member, message, '🎉', true);
    }
    const fresh = await device('alice');
    vi.spyOn(fresh.conn, 'getReactionDetail').mockRejectedValue(new Error('offline'));
    const found = (await historyOf(fresh, `team-${teamId}`)).find(
      (m) => m.idClient === message.idClient,
    );
    expect(summarizeReactions(found?.reactions, 'alice')[0]?.count).toBe(3);
  });

  it('refuses a 21st reaction with REACTION_LIMIT', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const message = await say(alice, 'bob', 'so many');
    for (let i = 0; i < 20; i++) await react(alice, message, `k${i}`, true);
    await expectCode(react(alice, message, 'k20', true), 'REACTION_LIMIT');
  });

  it('is absent when the app key has no reactions', async () => {
    const { cloud } = await openCloud();
    const { adapter } = await easemobDevice(cloud, 'alice', { reactions: false, edits: false });
    expect(adapter.react).toBeUndefined();
    expect(adapter.edit).toBeUndefined();
    expect(adapter.replies).toBe(true);
    await adapter.disconnect();
  });
});

describe('edits: modifyMessage / onModifiedMessage', () => {
  it('reaches the peer and my other devices; history shows the new text, same idClient and quote', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const alice2 = await device('alice');
    const bob = await device('bob');
    const original = await say(bob, 'alice', 'first');
    const message = await alice.adapter.send({
      ...text('bob', 'teh plan'),
      replyTo: replyRefOf(original),
    });
    const { time } = await edit(alice, message, 'the plan');
    const expected = { type: 'edit', idClient: message.idClient, body: 'the plan', time };
    await eventually(() =>
      expect(eventsOf(bob.events, 'edit')).toMatchObject([{ ...expected, sessionId: 'p2p-alice' }]),
    );
    await eventually(() =>
      expect(eventsOf(alice2.events, 'edit')).toMatchObject([
        { ...expected, sessionId: 'p2p-bob' },
      ]),
    );
    const fresh = await device('bob');
    const found = (await historyOf(fresh, 'p2p-alice')).find(
      (m) => m.idClient === message.idClient,
    );
    expect(found).toMatchObject({
      body: 'the plan',
      editedAt: time,
      replyTo: replyRefOf(original),
    });
  });

  it('only my own text: EDIT_NOT_ALLOWED; Easemob’s edit count runs out the same way', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const theirs = await say(bob, 'alice', 'mine');
    await expectCode(edit(alice, theirs, 'no'), 'EDIT_NOT_ALLOWED');
    const message = await say(alice, 'bob', 'v0');
    for (let i = 1; i <= 10; i++) await edit(alice, message, `v${i}`);
    await expectCode(edit(alice, message, 'v11'), 'EDIT_NOT_ALLOWED');
  });

  it('offline: NOT_CONNECTED', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const message = await say(alice, 'bob', 'x');
    await alice.adapter.disconnect();
    await expectCode(edit(alice, message, 'y'), 'NOT_CONNECTED');
    await expectCode(react(alice, message, '👍', true), 'NOT_CONNECTED');
  });
});
