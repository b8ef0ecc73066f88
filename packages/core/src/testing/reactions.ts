import { describe, expect, it } from 'vitest';
import type { AdapterEvent } from '../model/AdapterEvent.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { applyReaction, myReactionKeys, summarizeReactions } from '../rules/reactions.ts';
import { selectSession } from '../store/selectors.ts';
import { chatOn, itIsAbsent, loaded, untilState } from './chatHarness.ts';
import { allHistory, allSessions, type Device, historyPages, setup, text } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** Turns a reaction on or off through the adapter, with my whole set after it. */
async function react(device: Device, message: Message, key: string, on: boolean) {
  const history = await allHistory(device.adapter, message.sessionId);
  const current = history.find((m) => m.idClient === message.idClient) ?? message;
  const mine = myReactionKeys(current.reactions, device.account).filter((k) => k !== key);
  return device.adapter.react?.(message, { key, on }, on ? [...mine, key].sort() : mine);
}

/** A message as a member's history holds it. */
async function inHistory(device: Device, sessionId: string, idClient: string) {
  return (await allHistory(device.adapter, sessionId)).find((m) => m.idClient === idClient);
}

/** What the reaction events a device received make of a message's reactions. */
function folded(device: Device, idClient: string) {
  return device.events
    .filter((e): e is Extract<AdapterEvent, { type: 'reaction' }> => e.type === 'reaction')
    .filter((e) => e.idClient === idClient)
    .reduce<Message['reactions']>((r, e) => applyReaction(r, e.account, e.change, e.time), {});
}

/** Reactions: p2p and team, every device, convergence, folded into history. */
export function reactionTests(factory: ConformanceFactory, supported: boolean): void {
  describe('reactions', () => {
    if (!supported) {
      itIsAbsent(factory, 'react', (adapter) => adapter.react === undefined);
      return;
    }

    it('p2p: the peer and my other devices receive it; history holds it on both sides', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const bobLaptop = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'good news'));
      const mine = { ...sent, sessionId: 'p2p-alice' as const };
      await bob.waitFor('message', (e) => e.message.idClient === sent.idClient);
      const answer = await react(bob, mine, '🎉', true);
      expect(answer?.time).toBeGreaterThan(0);
      for (const device of [alice, bobLaptop]) {
        const got = await device.waitFor('reaction', (e) => e.idClient === sent.idClient);
        expect(got).toMatchObject({ account: 'bob' });
      }
      expect(myReactionKeys(folded(alice, sent.idClient), 'bob')).toEqual(['🎉']);
      for (const [device, sessionId] of [
        [alice, 'p2p-bob'],
        [bob, 'p2p-alice'],
      ] as const) {
        const message = await inHistory(device, sessionId, sent.idClient);
        expect(summarizeReactions(message?.reactions, 'bob')).toEqual([
          { key: '🎉', count: 1, mine: true, accounts: ['bob'] },
        ]);
      }
      await react(bob, mine, '🎉', false);
      await alice.waitFor(
        'reaction',
        (e) => e.idClient === sent.idClient && e.time > (answer?.time ?? 0),
      );
      const after = await inHistory(alice, 'p2p-bob', sent.idClient);
      expect(summarizeReactions(after?.reactions, 'alice')).toEqual([]);
    });

    it('team: many members, many keys, counted per key for every member', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const dave = await b.device('dave');
      const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol', 'dave'] });
      const sent = await alice.adapter.send(text(teamId, 'release is out', 'team'));
      for (const member of [bob, carol, dave]) {
        await member.waitFor('message', (e) => e.message.idClient === sent.idClient);
      }
      await react(bob, sent, '👍', true);
      await react(carol, sent, '👍', true);
      await react(carol, sent, '❤️', true);
      await react(dave, sent, '❤️', true);
      await react(dave, sent, '🚀', true);
      await react(dave, sent, '🚀', false);
      for (const member of [alice, bob, carol, dave]) {
        const message = await inHistory(member, `team-${teamId}`, sent.idClient);
        const rows = summarizeReactions(message?.reactions, member.account);
        expect(rows.map((r) => [r.key, [...r.accounts].sort()])).toEqual([
          ['👍', ['bob', 'carol']],
          ['❤️', ['carol', 'dave']],
        ]);
      }
    });

    it('toggles from three devices of one account converge equal everywhere', async () => {
      const b = await setup(factory);
      const bob = await b.device('bob');
      const sent = await bob.adapter.send(text('alice', 'vote'));
      const devices = [await b.device('alice'), await b.device('alice'), await b.device('alice')];
      const chats = await Promise.all(devices.map((device) => chatOn(device)));
      await Promise.all(chats.map((chat) => chat.openSession('p2p-bob')));
      const [one] = chats;
      if (!one) throw new Error('no chat');
      const target = loaded(one, 'p2p-bob', sent.idClient);
      await Promise.all(chats.map((chat) => chat.react(target, '👍')));
      await Promise.all(chats.map((chat, i) => chat.react(target, i === 1 ? '❤️' : '👍')));
      await Promise.all(chats.map((chat) => chat.react(target, '😂', true)));
      const server = await inHistory(bob, 'p2p-alice', sent.idClient);
      const expected = summarizeReactions(server?.reactions, 'alice');
      expect(expected.find((r) => r.key === '😂')?.count).toBe(1);
      const shown = (chat: (typeof chats)[0]) =>
        JSON.stringify(
          summarizeReactions(loaded(chat, 'p2p-bob', sent.idClient).reactions, 'alice'),
        );
      for (const chat of chats)
        await untilState(chat, () => shown(chat) === JSON.stringify(expected));
      const fresh = await chatOn(await b.device('alice'));
      await fresh.openSession('p2p-bob');
      const reloaded = loaded(fresh, 'p2p-bob', sent.idClient);
      expect(summarizeReactions(reloaded.reactions, 'alice')).toEqual(expected);
    });

    it('is never unread, never moves a session, never becomes lastMsg', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const first = await alice.adapter.send(text('bob', 'older'));
      const last = await bob.adapter.send(text('alice', 'newest from bob'));
      await carol.adapter.send(text('alice', 'newer session'));
      await alice.adapter.markSessionRead('p2p-bob', last.time);
      const before = await allSessions(alice.adapter);
      const chat = await chatOn(alice);
      await chat.openSession('p2p-bob');
      const shown = selectSession(chat.store.getState(), 'p2p-bob');
      await react(bob, { ...first, sessionId: 'p2p-alice' }, '👀', true);
      await untilState(
        chat,
        () => loaded(chat, 'p2p-bob', first.idClient).reactions?.['👀']?.bob?.on === true,
      );
      const after = await allSessions(alice.adapter);
      expect(after.map((s) => s.id)).toEqual(['p2p-carol', 'p2p-bob']);
      const session = after.find((s) => s.id === 'p2p-bob');
      const earlier = before.find((s) => s.id === 'p2p-bob');
      expect(session).toMatchObject({ unread: 0, updateTime: earlier?.updateTime });
      expect(session?.lastMsg?.idClient).toBe(last.idClient);
      const state = chat.store.getState();
      expect(state.sessions.order).toEqual(['p2p-carol', 'p2p-bob']);
      expect(selectSession(state, 'p2p-bob')).toBe(shown);
    });

    it('a reaction on a message of an older page comes folded into it', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const first = await alice.adapter.send(text('bob', 'the very first'));
      for (let i = 0; i < 24; i++) await alice.adapter.send(text('bob', `later ${i}`));
      await react(bob, { ...first, sessionId: 'p2p-alice' }, '👍', true);
      await alice.adapter.send(text('bob', 'after the reaction'));
      const fresh = await b.device('alice');
      const pages = await historyPages(fresh.adapter, 'p2p-bob', 10);
      expect(pages.length).toBeGreaterThan(2);
      const found = pages.at(-1)?.find((m) => m.idClient === first.idClient);
      expect(found?.body).toBe('the very first');
      expect(myReactionKeys(found?.reactions, 'bob')).toEqual(['👍']);
    });

    it('a failed reaction rolls back and rejects with the coded error', async () => {
      const b = await setup(factory);
      const bob = await b.device('bob');
      const sent = await bob.adapter.send(text('alice', 'react to me'));
      const failure = new ChatError('TIMEOUT', 'no answer (injected)');
      const chat = await chatOn(await b.device('alice'), { react: failure });
      await chat.openSession('p2p-bob');
      const message = loaded(chat, 'p2p-bob', sent.idClient);
      const error = await chat.react(message, '👍').catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ChatError', code: 'TIMEOUT' });
      expect(summarizeReactions(loaded(chat, 'p2p-bob', sent.idClient).reactions, 'alice')).toEqual(
        [],
      );
      const stored = await inHistory(bob, 'p2p-alice', sent.idClient);
      expect(summarizeReactions(stored?.reactions, 'alice')).toEqual([]);
      await chat.react(message, '👍');
      expect(myReactionKeys(loaded(chat, 'p2p-bob', sent.idClient).reactions, 'alice')).toEqual([
        '👍',
      ]);
    });
  });
}
