import { selectSession, sessionList } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { world } from '../test/world.ts';

describe('createChat over the embedded backend: the paged session list', () => {
  it('reconciles the unread of a session that moved above the cursor', async () => {
    const { open } = await world();
    const peers = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((p) => open(p)));
    for (const peer of peers) await peer.send('p2p-bob', { type: 'text', body: 'one' });
    const bob = await open('bob', { sessionPageSize: 3 });
    expect(bob.store.getState().sessions.order).toEqual(['p2p-p7', 'p2p-p6', 'p2p-p5']);
    const again = await peers[0]?.send('p2p-bob', { type: 'text', body: 'two' });
    await vi.waitFor(() =>
      expect(selectSession(bob.store.getState(), 'p2p-p1')?.lastMsg?.idClient).toBe(
        again?.idClient,
      ),
    );
    while (bob.store.getState().sessions.hasMore) await bob.loadMoreSessions();
    const fresh = await open('bob');
    await vi.waitFor(() => {
      const state = bob.store.getState();
      expect(state.sessions.order[0]).toBe('p2p-p1');
      expect(selectSession(state, 'p2p-p1')?.unread).toBe(2);
    });
    expect(selectSession(fresh.store.getState(), 'p2p-p1')?.unread).toBe(2);
    expect(sessionList(bob.store.getState()).map((s) => [s.id, s.unread])).toEqual(
      sessionList(fresh.store.getState()).map((s) => [s.id, s.unread]),
    );
  });

  it('reconciles a session on a later page that my own send moved to the top', async () => {
    const { open } = await world();
    const peers = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((p) => open(p)));
    for (const peer of peers) await peer.send('p2p-bob', { type: 'text', body: 'one' });
    const bob = await open('bob', { sessionPageSize: 2 });
    await bob.send('p2p-p1', { type: 'text', body: 'sorry, late' });
    while (bob.store.getState().sessions.hasMore) await bob.loadMoreSessions();
    await vi.waitFor(() => {
      const state = bob.store.getState();
      expect(state.sessions.order).toEqual(['p2p-p1', 'p2p-p4', 'p2p-p3', 'p2p-p2']);
      expect(sessionList(state).map((s) => s.unread)).toEqual([1, 1, 1, 1]);
    });
  });
});
