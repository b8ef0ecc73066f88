import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { replyRefOf } from '../rules/reply.ts';
import { chatOn, itIsAbsent, loaded, untilState } from './chatHarness.ts';
import { allHistory, findSession, setup, text } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** Replies: `replyTo` travels with the message, live and in history. */
export function replyTests(factory: ConformanceFactory, supported: boolean): void {
  describe('replies', () => {
    if (!supported) {
      itIsAbsent(factory, 'reply', (adapter) => !adapter.replies);
      return;
    }

    it('a reply carries replyTo to the peer, to my other devices and through history', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const bobLaptop = await b.device('bob');
      const original = await alice.adapter.send(text('bob', 'lunch at noon?\nor later'));
      const replyTo = replyRefOf(original);
      const reply = await bob.adapter.send({ ...text('alice', 'noon works'), replyTo });
      expect(reply.replyTo).toEqual(replyTo);
      for (const device of [alice, bobLaptop]) {
        const got = await device.waitFor('message', (e) => e.message.idClient === reply.idClient);
        expect(got.message.replyTo).toEqual(replyTo);
      }
      const theirs = (await allHistory(alice.adapter, 'p2p-bob')).find(
        (m) => m.idClient === reply.idClient,
      );
      expect(theirs?.replyTo).toEqual(replyTo);
      const mine = (await allHistory(bob.adapter, 'p2p-alice'))[0];
      expect(mine).toMatchObject({ idClient: reply.idClient, replyTo });
    });

    it('a reply counts and previews like any message', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const original = await bob.adapter.send(text('alice', 'question'));
      const reply = await bob.adapter.send({
        ...text('alice', 'and a follow-up'),
        replyTo: replyRefOf(original),
      });
      const session = await findSession(alice.adapter, 'p2p-bob');
      expect(session?.unread).toBe(2);
      expect(session?.lastMsg).toMatchObject({ idClient: reply.idClient });
      expect(session?.lastMsg?.replyTo?.idClient).toBe(original.idClient);
    });

    it('team members receive the quote', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
      const original = await alice.adapter.send(text(teamId, 'who brings cake?', 'team'));
      const replyTo = replyRefOf(original);
      const reply = await bob.adapter.send({ ...text(teamId, 'me', 'team'), replyTo });
      const got = await carol.waitFor('message', (e) => e.message.idClient === reply.idClient);
      expect(got.message.replyTo).toEqual(replyTo);
      const history = await allHistory(carol.adapter, `team-${teamId}`);
      expect(history.find((m) => m.idClient === reply.idClient)?.replyTo).toEqual(replyTo);
    });

    it('Chat.send with replyTo shows the quote on both sides', async () => {
      const b = await setup(factory);
      const alice = await chatOn(await b.device('alice'));
      const bob = await chatOn(await b.device('bob'));
      await alice.openSession('p2p-bob');
      await bob.openSession('p2p-alice');
      const original = await alice.send('p2p-bob', { type: 'text', body: 'first' });
      await untilState(
        bob,
        (s) => s.messages['p2p-alice']?.ids.includes(original.idClient) ?? false,
      );
      const quoted: Message = loaded(bob, 'p2p-alice', original.idClient);
      const reply = await bob.send('p2p-alice', { type: 'text', body: 'second', replyTo: quoted });
      expect(reply.replyTo).toMatchObject({ idClient: original.idClient, body: 'first' });
      await untilState(alice, (s) => s.messages['p2p-bob']?.ids.includes(reply.idClient) ?? false);
      expect(loaded(alice, 'p2p-bob', reply.idClient).replyTo).toMatchObject({
        idClient: original.idClient,
        from: 'alice',
        body: 'first',
      });
    });
  });
}
