import { describe, expect, it } from 'vitest';
import { findSession, setup, text } from './harness.ts';
import type { ConformanceFactory, ConformanceFeatures } from './types.ts';

/** p2p receipts (msgReceiptTime) and team receipt counts. */
export function receiptTests(factory: ConformanceFactory, features: ConformanceFeatures): void {
  describe('receipts', () => {
    it('a p2p receipt moves the sender’s msgReceiptTime to the read message', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const first = await alice.adapter.send(text('bob', 'one'));
      const second = await alice.adapter.send(text('bob', 'two'));
      const got = await bob.waitFor('message', (e) => e.message.idClient === first.idClient);
      await bob.adapter.sendReceipt(got.message);
      const receipt = await alice.waitFor('p2pReceipt', (e) => e.sessionId === 'p2p-bob');
      expect(receipt.time).toBe(first.time);
      const session = await findSession(alice.adapter, 'p2p-bob');
      expect(session?.msgReceiptTime).toBe(first.time);
      expect(first.time <= (session?.msgReceiptTime ?? 0)).toBe(true);
      expect(second.time <= (session?.msgReceiptTime ?? 0)).toBe(false);
    });

    it('team receipts count read and unread members, once per member', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
      const sent = await alice.adapter.send({
        ...text(teamId, 'read me', 'team'),
        needReceipt: true,
      });
      await bob.adapter.sendReceipt(sent);
      const one = await alice.waitFor('teamReceipt', (e) => e.idClient === sent.idClient);
      expect(one).toMatchObject({ sessionId: `team-${teamId}`, read: 1, unread: 1 });
      await bob.adapter.sendReceipt(sent);
      await carol.adapter.sendReceipt(sent);
      const two = await alice.waitFor(
        'teamReceipt',
        (e) => e.idClient === sent.idClient && e.read === 2,
      );
      expect(two.unread).toBe(0);
      const reads = alice.events.filter((e) => e.type === 'teamReceipt' && e.read > 2);
      expect(reads).toHaveLength(0);
    });

    if (features.getTeamReceiptDetail) {
      it('tells who read a team message', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const bob = await b.device('bob');
        const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
        const sent = await alice.adapter.send({ ...text(teamId, 'x', 'team'), needReceipt: true });
        await bob.adapter.sendReceipt(sent);
        expect(await alice.adapter.getTeamReceiptDetail?.(sent)).toEqual({
          read: ['bob'],
          unread: ['carol'],
        });
      });
    }
  });
}
