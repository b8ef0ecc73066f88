import { describe, expect, it } from 'vitest';
import { allHistory, findSession, setup, text } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** Session deletes with and without history, across logins (seed 000's walkthrough). */
export function deleteTests(factory: ConformanceFactory): void {
  describe('deletes', () => {
    it('a delete without history comes back at the next login; with history it does not', async () => {
      const b = await setup(factory);
      const cs1 = await b.device('cs1');
      await cs1.adapter.send(text('me', 'one'));
      await cs1.adapter.send(text('me', 'two'));
      // First login: delete, the session is gone for this login.
      const first = await b.connect('me');
      await first.deleteSessions(['p2p-cs1'], { clearHistory: false });
      expect(await findSession(first, 'p2p-cs1')).toBeUndefined();
      await first.disconnect();
      // Second login: it is back, since its messages still exist; delete it with history.
      const second = await b.connect('me');
      expect(await findSession(second, 'p2p-cs1')).toBeDefined();
      await second.deleteSessions(['p2p-cs1'], { clearHistory: true });
      expect(await findSession(second, 'p2p-cs1')).toBeUndefined();
      await second.disconnect();
      // Third login: still gone, and so is my history of it; the peer keeps theirs.
      const third = await b.connect('me');
      expect(await findSession(third, 'p2p-cs1')).toBeUndefined();
      expect(await allHistory(third, 'p2p-cs1')).toHaveLength(0);
      expect(await allHistory(cs1.adapter, 'p2p-me')).toHaveLength(2);
    });

    it('a new message brings a session deleted with history back, with only the new history', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const bob = await b.device('bob');
      await bob.adapter.send(text('alice', 'old'));
      await alice.adapter.deleteSessions(['p2p-bob'], { clearHistory: true });
      const fresh = await bob.adapter.send(text('alice', 'new'));
      const session = await findSession(alice.adapter, 'p2p-bob');
      expect(session).toMatchObject({ unread: 1 });
      expect(session?.lastMsg?.idClient).toBe(fresh.idClient);
      expect((await allHistory(alice.adapter, 'p2p-bob')).map((m) => m.idClient)).toEqual([
        fresh.idClient,
      ]);
    });

    it('tells my other devices, and keeps the pin unless asked to unpin', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const other = await b.device('alice');
      await alice.adapter.send(text('bob', 'x'));
      await alice.adapter.send(text('carol', 'y'));
      await alice.adapter.pin('p2p-bob');
      await alice.adapter.pin('p2p-carol');
      await alice.adapter.deleteSessions(['p2p-bob'], { clearHistory: true });
      const event = await other.waitFor('sessionsDeleted', (e) => e.sessionIds.includes('p2p-bob'));
      expect(event.clearHistory).toBe(true);
      await alice.adapter.send(text('bob', 'back'));
      expect((await findSession(alice.adapter, 'p2p-bob'))?.stickTopInfo.isStickOnTop).toBe(true);
      await alice.adapter.deleteSessions(['p2p-carol'], { clearHistory: false, unpin: true });
      await alice.adapter.send(text('carol', 'back'));
      expect((await findSession(alice.adapter, 'p2p-carol'))?.stickTopInfo.isStickOnTop).toBe(
        false,
      );
    });
  });
}
