import { describe, expect, it } from 'vitest';
import { allHistory, findSession, sendMany, setup } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** History paging both ways, clamping, and one-sided history deletes. */
export function historyTests(factory: ConformanceFactory): void {
  describe('history', () => {
    it('pages older history newest first; a short page ends it with an empty cursor', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const sent = await sendMany(alice.adapter, 'bob', 25);
      const bob = await b.device('bob');
      const ids: string[] = [];
      const sizes: number[] = [];
      let cursor = '';
      do {
        const page = await bob.adapter.getHistory({ sessionId: 'p2p-alice', cursor, limit: 10 });
        sizes.push(page.items.length);
        ids.push(...page.items.map((m) => m.idClient));
        expect(page.hasMore).toBe(page.cursor !== '');
        cursor = page.cursor;
      } while (cursor);
      expect(sizes).toEqual([10, 10, 5]);
      expect(ids).toEqual(sent.map((m) => m.idClient).reverse());
    });

    it('pages newer history oldest first from an anchor', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const sent = await sendMany(alice.adapter, 'bob', 12);
      const anchor = sent[1]?.time ?? 0;
      const first = await alice.adapter.getHistory({
        sessionId: 'p2p-bob',
        direction: 'newer',
        anchorTime: anchor,
        limit: 6,
      });
      expect(first.items.map((m) => m.idClient)).toEqual(sent.slice(2, 8).map((m) => m.idClient));
      expect(first.hasMore).toBe(true);
      const second = await alice.adapter.getHistory({
        sessionId: 'p2p-bob',
        direction: 'newer',
        cursor: first.cursor,
        limit: 6,
      });
      expect(second.items.map((m) => m.idClient)).toEqual(sent.slice(8).map((m) => m.idClient));
      expect(second).toMatchObject({ hasMore: false, cursor: '' });
    });

    it('pages older history from an anchor time', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const sent = await sendMany(alice.adapter, 'bob', 5);
      const page = await alice.adapter.getHistory({
        sessionId: 'p2p-bob',
        anchorTime: sent[3]?.time,
        limit: 2,
      });
      expect(page.items.map((m) => m.idClient)).toEqual([sent[2]?.idClient, sent[1]?.idClient]);
      expect(page.hasMore).toBe(true);
    });

    it('clamps history page sizes into 1..100', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await sendMany(alice.adapter, 'bob', 101);
      const tiny = await alice.adapter.getHistory({ sessionId: 'p2p-bob', limit: 0 });
      expect(tiny.items).toHaveLength(1);
      expect(tiny.hasMore).toBe(true);
      const huge = await alice.adapter.getHistory({ sessionId: 'p2p-bob', limit: 5000 });
      expect(huge.items).toHaveLength(100);
      expect(huge.hasMore).toBe(true);
      const rest = await alice.adapter.getHistory({ sessionId: 'p2p-bob', cursor: huge.cursor });
      expect(rest.items).toHaveLength(1);
      expect(rest).toMatchObject({ hasMore: false, cursor: '' });
    });

    it('an empty session has an empty last page', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const page = await alice.adapter.getHistory({ sessionId: 'p2p-nobody' });
      expect(page).toEqual({ items: [], cursor: '', hasMore: false });
    });

    it('deletes history by ids for me only, and tells my other devices', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const other = await b.device('alice');
      const bob = await b.device('bob');
      const [first, second, third] = await sendMany(alice.adapter, 'bob', 3);
      await alice.adapter.deleteHistory({
        sessionId: 'p2p-bob',
        idClients: [second?.idClient ?? ''],
      });
      const mine = await allHistory(alice.adapter, 'p2p-bob');
      expect(mine.map((m) => m.idClient)).toEqual([third?.idClient, first?.idClient]);
      expect(await allHistory(bob.adapter, 'p2p-alice')).toHaveLength(3);
      const event = await other.waitFor('historyDeleted', (e) => e.sessionId === 'p2p-bob');
      expect(event.idClients).toEqual([second?.idClient]);
    });

    it('deletes history before a time for me only', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      const sent = await sendMany(alice.adapter, 'bob', 4);
      await bob.adapter.deleteHistory({ sessionId: 'p2p-alice', before: sent[1]?.time ?? 0 });
      const theirs = await allHistory(bob.adapter, 'p2p-alice');
      expect(theirs.map((m) => m.idClient)).toEqual([sent[3]?.idClient, sent[2]?.idClient]);
      expect(await allHistory(alice.adapter, 'p2p-bob')).toHaveLength(4);
      expect((await findSession(bob.adapter, 'p2p-alice'))?.unread).toBe(2);
    });
  });
}
