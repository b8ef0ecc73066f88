import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { allHistory, expectCode, findSession, setup, sleep, text, uid } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** Recall inside and outside the window. */
export function recallTests(factory: ConformanceFactory): void {
  describe('recall', () => {
    it('replaces the message with a tip on both sides and lowers unread', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      await alice.adapter.send(text('bob', 'keep'));
      const oops = await alice.adapter.send(text('bob', 'oops'));
      expect((await findSession(bob.adapter, 'p2p-alice'))?.unread).toBe(2);
      const recalled = await alice.adapter.recall(oops);
      expect(recalled).toMatchObject({ idClient: oops.idClient, type: 'tip' });
      expect(recalled.recall?.by).toBe('alice');
      const event = await bob.waitFor('recall', (e) => e.message.idClient === oops.idClient);
      expect(event.message).toMatchObject({ type: 'tip', recall: { by: 'alice' } });
      const theirs = await allHistory(bob.adapter, 'p2p-alice');
      expect(theirs[0]).toMatchObject({ idClient: oops.idClient, type: 'tip' });
      const session = await findSession(bob.adapter, 'p2p-alice');
      expect(session?.unread).toBe(1);
      expect(session?.lastMsg).toMatchObject({ idClient: oops.idClient, recall: { by: 'alice' } });
    });

    it('fails with NOT_FOUND for a message that was never sent', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const never: Message = {
        idClient: uid('never'),
        idServer: '',
        scene: 'p2p',
        sessionId: 'p2p-bob',
        from: 'alice',
        to: 'bob',
        time: Date.now(),
        status: 'sendFailed',
        type: 'text',
        body: 'never',
      };
      await expectCode(alice.adapter.recall(never), 'NOT_FOUND');
    });

    it('fails with RECALL_NOT_ALLOWED for someone else’s message', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'mine'));
      await expectCode(bob.adapter.recall(sent), 'RECALL_NOT_ALLOWED');
    });

    it('fails with RECALL_EXPIRED after the window', async () => {
      const b = await setup(factory, { recallWindowMs: 30 });
      const alice = await b.device('alice');
      const sent = await alice.adapter.send(text('bob', 'too late'));
      await sleep(80);
      await expectCode(alice.adapter.recall(sent), 'RECALL_EXPIRED');
      expect((await allHistory(alice.adapter, 'p2p-bob'))[0]?.type).toBe('text');
    });
  });
}
