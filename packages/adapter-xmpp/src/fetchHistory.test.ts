import type { ChatAdapter, HistoryQuery, Message } from '@parley/core';
import { expectCode, setup, text } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { fillArchive } from './test/fillArchive.ts';
import { prosodyTestBackend } from './test/prosodyFactory.ts';

const { factory, current } = prosodyTestBackend();

/** Signs `account` in with a tiny login window, so history must come from MAM. */
async function smallWindow(account: string): Promise<ChatAdapter> {
  const adapter = await current().adapter(account, undefined, { loginWindow: 5, unreadScan: 5 });
  await adapter.connect();
  return adapter;
}

/** Walks every page from `query`; returns the ids and each page's size. */
async function walk(adapter: ChatAdapter, query: HistoryQuery) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor = query.cursor ?? '';
  do {
    const page = await adapter.getHistory({ ...query, cursor });
    expect(page.hasMore).toBe(page.cursor !== '');
    ids.push(...page.items.map((m) => m.idClient));
    sizes.push(page.items.length);
    cursor = page.cursor;
  } while (cursor);
  return { ids, sizes };
}

describe('history pages straight from MAM', () => {
  it('walks the whole archive both ways, far past what login read', async () => {
    await setup(factory);
    const fill = await fillArchive(current().server, 'bob', 'alice', 230);
    const alice = await smallWindow('alice');
    const older = await walk(alice, { sessionId: 'p2p-bob', limit: 50 });
    expect(older.ids).toEqual([...fill].reverse());
    expect(older.sizes).toEqual([50, 50, 50, 50, 30]);
    const newer = await walk(alice, { sessionId: 'p2p-bob', direction: 'newer', limit: 100 });
    expect(newer.ids).toEqual(fill);
    expect(newer.sizes).toEqual([100, 100, 30]);
  });

  it('clamps page sizes into 1..100 in both directions', async () => {
    await setup(factory);
    const fill = await fillArchive(current().server, 'bob', 'alice', 120);
    const alice = await smallWindow('alice');
    for (const direction of ['older', 'newer'] as const) {
      const tiny = await alice.getHistory({ sessionId: 'p2p-bob', direction, limit: -4 });
      expect(tiny.items.map((m) => m.idClient)).toEqual([
        direction === 'older' ? fill.at(-1) : fill[0],
      ]);
      expect(tiny.hasMore).toBe(true);
      const huge = await alice.getHistory({ sessionId: 'p2p-bob', direction, limit: 10_000 });
      expect(huge.items).toHaveLength(100);
      const rest = await alice.getHistory({ sessionId: 'p2p-bob', direction, cursor: huge.cursor });
      expect(rest.items).toHaveLength(20);
      expect(rest).toMatchObject({ hasMore: false, cursor: '' });
    }
  });

  it('keeps the cursor continuous while a message arrives between pages', async () => {
    const b = await setup(factory);
    const fill = await fillArchive(current().server, 'bob', 'alice', 40);
    const bob = await b.connect('bob');
    const alice = await smallWindow('alice');
    const first = await alice.getHistory({ sessionId: 'p2p-bob', limit: 15 });
    const oldestFirst = await alice.getHistory({
      sessionId: 'p2p-bob',
      direction: 'newer',
      limit: 15,
    });
    const late = await bob.send(text('alice', 'arrived meanwhile'));
    const older = await walk(alice, { sessionId: 'p2p-bob', cursor: first.cursor, limit: 15 });
    expect([...first.items.map((m) => m.idClient), ...older.ids]).toEqual([...fill].reverse());
    const newer = await walk(alice, {
      sessionId: 'p2p-bob',
      direction: 'newer',
      cursor: oldestFirst.cursor,
      limit: 15,
    });
    expect([...oldestFirst.items.map((m) => m.idClient), ...newer.ids]).toEqual([
      ...fill,
      late.idClient,
    ]);
  });

  it('shows a recall from later in the archive on an old page read oldest first', async () => {
    const b = await setup(factory);
    const alice = await b.connect('alice');
    const oops = await alice.send(text('bob', 'oops'));
    await alice.recall(oops);
    // Later in time too, so the anchored page below starts at the recalled message.
    await fillArchive(current().server, 'alice', 'bob', 30, { startTime: oops.time + 10 });
    const bob = await smallWindow('bob');
    const page = await bob.getHistory({ sessionId: 'p2p-alice', direction: 'newer', limit: 1 });
    expect(page.items[0]).toMatchObject({ idClient: oops.idClient, type: 'tip' });
    expect(page.items[0]?.recall?.by).toBe('alice');
    const anchored = await bob.getHistory({
      sessionId: 'p2p-alice',
      anchorTime: (page.items[0] as Message).time + 1,
      limit: 1,
    });
    expect(anchored.items[0]?.recall?.by).toBe('alice');
  });

  it('rejects a cursor the archive does not know', async () => {
    await setup(factory);
    await fillArchive(current().server, 'bob', 'alice', 3);
    const alice = await smallWindow('alice');
    await expectCode(
      alice.getHistory({ sessionId: 'p2p-bob', cursor: 'not-an-archive-id' }),
      'INVALID_ARGUMENT',
    );
  });
});
