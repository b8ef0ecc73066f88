import { describe, expect, it } from 'vitest';
import { findSession, setup, text } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** Several devices of one account stay in step. */
export function multiDeviceTests(factory: ConformanceFactory): void {
  describe('multi-device', () => {
    it('both devices receive an incoming message', async () => {
      const b = await setup(factory);
      const phone = await b.device('alice');
      const laptop = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await bob.adapter.send(text('alice', 'hi both'));
      for (const device of [phone, laptop]) {
        const got = await device.waitFor('message', (e) => e.message.idClient === sent.idClient);
        expect(got.message.sessionId).toBe('p2p-bob');
      }
    });

    it('a message sent on one device reaches the other', async () => {
      const b = await setup(factory);
      const phone = await b.device('alice');
      const laptop = await b.device('alice');
      const sent = await phone.adapter.send(text('bob', 'from my phone'));
      const got = await laptop.waitFor('message', (e) => e.message.idClient === sent.idClient);
      expect(got.message).toMatchObject({ from: 'alice', sessionId: 'p2p-bob' });
    });

    it('markSessionRead on one device reaches the other as sessionRead', async () => {
      const b = await setup(factory);
      const phone = await b.device('alice');
      const laptop = await b.device('alice');
      const bob = await b.device('bob');
      const last = await bob.adapter.send(text('alice', 'read me'));
      expect((await findSession(laptop.adapter, 'p2p-bob'))?.unread).toBe(1);
      await phone.adapter.markSessionRead('p2p-bob', last.time);
      const event = await laptop.waitFor('sessionRead', (e) => e.sessionId === 'p2p-bob');
      expect(event.ack).toBe(last.time);
      expect((await findSession(laptop.adapter, 'p2p-bob'))?.unread).toBe(0);
    });

    it('a late, older ack never brings unread back', async () => {
      const b = await setup(factory);
      const phone = await b.device('alice');
      const bob = await b.device('bob');
      const first = await bob.adapter.send(text('alice', 'one'));
      const second = await bob.adapter.send(text('alice', 'two'));
      await phone.adapter.markSessionRead('p2p-bob', second.time);
      await phone.adapter.markSessionRead('p2p-bob', first.time);
      expect(await findSession(phone.adapter, 'p2p-bob')).toMatchObject({
        unread: 0,
        ack: second.time,
      });
    });
  });
}
