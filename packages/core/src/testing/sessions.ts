import { describe, expect, it } from 'vitest';
import { allSessions, findSession, setup, text, uid } from './harness.ts';
import type { ConformanceFactory, ConformanceFeatures } from './types.ts';

/** Session generation, ordering, paging and unread. */
export function sessionTests(factory: ConformanceFactory, features: ConformanceFeatures): void {
  describe('sessions', () => {
    it('a message creates the session on both sides with lastMsg and updateTime', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await alice.adapter.send(text('bob', 'hello'));
      const received = await bob.waitFor('message', (e) => e.message.idClient === sent.idClient);
      expect(received.message).toMatchObject({
        sessionId: 'p2p-alice',
        from: 'alice',
        body: 'hello',
      });
      const mine = await findSession(alice.adapter, 'p2p-bob');
      const theirs = await findSession(bob.adapter, 'p2p-alice');
      expect(mine?.lastMsg?.idClient).toBe(sent.idClient);
      expect(mine?.updateTime).toBe(sent.time);
      expect(theirs).toMatchObject({ scene: 'p2p', to: 'alice', unread: 1, updateTime: sent.time });
      expect(theirs?.lastMsg?.idClient).toBe(sent.idClient);
    });

    it('lists sessions by updateTime, newest first', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const carol = await b.device('carol');
      await bob.adapter.send(text('alice', 'from bob'));
      await carol.adapter.send(text('alice', 'from carol'));
      expect((await allSessions(alice.adapter)).map((s) => s.id)).toEqual(['p2p-carol', 'p2p-bob']);
      await bob.adapter.send(text('alice', 'bob again'));
      expect((await allSessions(alice.adapter)).map((s) => s.id)).toEqual(['p2p-bob', 'p2p-carol']);
    });

    it('pages the session list by cursor; a short page is the last and has no cursor', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      for (const peer of ['p1', 'p2', 'p3', 'p4', 'p5']) {
        await (await b.connect(peer)).send(text('alice', `hi from ${peer}`));
      }
      const first = await alice.adapter.getSessions({ limit: 2 });
      expect(first.items.map((s) => s.to)).toEqual(['p5', 'p4']);
      expect(first.hasMore).toBe(true);
      const second = await alice.adapter.getSessions({ cursor: first.cursor, limit: 2 });
      expect(second.items.map((s) => s.to)).toEqual(['p3', 'p2']);
      const third = await alice.adapter.getSessions({ cursor: second.cursor, limit: 2 });
      expect(third.items.map((s) => s.to)).toEqual(['p1']);
      expect(third).toMatchObject({ hasMore: false, cursor: '' });
    });

    it('clamps session page sizes into 1..100 instead of failing', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await (await b.connect('p1')).send(text('alice', 'one'));
      await (await b.connect('p2')).send(text('alice', 'two'));
      expect((await alice.adapter.getSessions({ limit: 0 })).items).toHaveLength(1);
      expect((await alice.adapter.getSessions({ limit: -3 })).items).toHaveLength(1);
      const big = await alice.adapter.getSessions({ limit: 1000 });
      expect(big.items).toHaveLength(2);
      expect(big).toMatchObject({ hasMore: false, cursor: '' });
    });

    it('counts unread, resets it with markSessionRead, and counts later messages again', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      await bob.adapter.send(text('alice', 'one'));
      await bob.adapter.send({
        idClient: uid(),
        scene: 'p2p',
        to: 'alice',
        type: 'tip',
        body: 'a tip',
      });
      const last = await bob.adapter.send(text('alice', 'two'));
      expect((await findSession(alice.adapter, 'p2p-bob'))?.unread).toBe(2);
      await alice.adapter.markSessionRead('p2p-bob', last.time);
      expect(await findSession(alice.adapter, 'p2p-bob')).toMatchObject({
        unread: 0,
        ack: last.time,
      });
      await bob.adapter.send(text('alice', 'three'));
      expect((await findSession(alice.adapter, 'p2p-bob'))?.unread).toBe(1);
      expect((await findSession(bob.adapter, 'p2p-alice'))?.unread).toBe(0);
    });

    it('builds sessions from roaming and offline messages at login', async () => {
      const b = await setup(factory);
      const bob = await b.device('bob');
      await bob.adapter.send(text('alice', 'while you were away'));
      const alice = await b.device('alice');
      expect(await findSession(alice.adapter, 'p2p-bob')).toMatchObject({ unread: 1 });
    });

    if (features.getSession) {
      it('getSession finds one session by id and null for an unknown one', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const sent = await alice.adapter.send(text('bob', 'hi'));
        expect((await alice.adapter.getSession?.('p2p-bob'))?.lastMsg?.idClient).toBe(
          sent.idClient,
        );
        expect(await alice.adapter.getSession?.('p2p-nobody')).toBeNull();
      });
    }

    if (features.setSessionExt) {
      it('setSessionExt creates a missing session without lastMsg and syncs ext', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        const other = await b.device('alice');
        const session = await alice.adapter.setSessionExt?.('p2p-zed', 'custom');
        expect(session).toMatchObject({ id: 'p2p-zed', ext: 'custom', lastMsg: null });
        expect((await findSession(alice.adapter, 'p2p-zed'))?.ext).toBe('custom');
        const event = await other.waitFor('sessionUpdated', (e) => e.session.id === 'p2p-zed');
        expect(event.session.ext).toBe('custom');
      });
    }

    if (features.markAllSessionsRead) {
      it('markAllSessionsRead resets every session', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        await (await b.connect('p1')).send(text('alice', 'one'));
        await (await b.connect('p2')).send(text('alice', 'two'));
        await alice.adapter.markAllSessionsRead?.();
        expect((await allSessions(alice.adapter)).map((s) => s.unread)).toEqual([0, 0]);
      });
    }
  });
}
