import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../model/Session.ts';
import { session } from '../test/fixtures.ts';
import {
  compareSessions,
  type OrderedSession,
  placeSession,
  removeSession,
} from './sessionOrder.ts';

const pinned = (to: string, createTime: number, updateTime = 0) =>
  session(to, {
    updateTime,
    stickTopInfo: { isStickOnTop: true, createTime, updateTime: createTime, ext: '' },
  });

function sortedStore(sessions: Session[]) {
  const map = new Map(sessions.map((s) => [s.id, s]));
  const byId = (id: string) => map.get(id);
  const order = [...sessions].sort(compareSessions).map((s) => s.id);
  return { byId, order };
}

describe('session order (rule 4)', () => {
  it('pinned first, newest pin first, then updateTime descending, then id', () => {
    const list = [
      session('a', { updateTime: 50 }),
      pinned('old-pin', 10, 1),
      session('b', { updateTime: 90 }),
      pinned('new-pin', 20, 2),
      session('c', { updateTime: 90 }),
    ];
    expect([...list].sort(compareSessions).map((s) => s.to)).toEqual([
      'new-pin',
      'old-pin',
      'b',
      'c',
      'a',
    ]);
  });

  it('moves a session that got a new message to the top of the unpinned ones', () => {
    const { byId, order } = sortedStore([
      pinned('p', 5),
      session('a', { updateTime: 30 }),
      session('b', { updateTime: 20 }),
      session('c', { updateTime: 10 }),
    ]);
    const next = placeSession(order, byId, session('c', { updateTime: 40 }));
    expect(next).toEqual(['p2p-p', 'p2p-c', 'p2p-a', 'p2p-b']);
    expect(order).toEqual(['p2p-p', 'p2p-a', 'p2p-b', 'p2p-c']);
  });

  it('keeps the same array when the place does not change', () => {
    const { byId, order } = sortedStore([
      session('a', { updateTime: 30 }),
      session('b', { updateTime: 20 }),
    ]);
    expect(placeSession(order, byId, session('a', { updateTime: 35 }))).toBe(order);
  });

  it('inserts a new session and removes one by binary search', () => {
    const { byId, order } = sortedStore([
      session('a', { updateTime: 30 }),
      session('b', { updateTime: 10 }),
    ]);
    const inserted = placeSession(order, byId, session('n', { updateTime: 20 }));
    expect(inserted).toEqual(['p2p-a', 'p2p-n', 'p2p-b']);
    expect(removeSession(order, byId, byId('p2p-a') ?? session('a'))).toEqual(['p2p-b']);
    expect(removeSession(order, byId, session('zzz'))).toBe(order);
  });

  it('uses O(log n) comparisons, never a full sort', () => {
    const sessions = Array.from({ length: 10_000 }, (_, i) =>
      session(`u${i}`, { updateTime: i + 1 }),
    );
    const { byId, order } = sortedStore(sessions);
    let calls = 0;
    const counting = (a: OrderedSession, b: OrderedSession) => {
      calls++;
      return compareSessions(a, b);
    };
    const moved = placeSession(order, byId, session('u17', { updateTime: 20_000 }), counting);
    expect(moved[0]).toBe('p2p-u17');
    // Two binary searches over 10,000 ids plus neighbour checks: about 2·log2(n) + 2 ≈ 30.
    expect(calls).toBeLessThanOrEqual(4 * Math.ceil(Math.log2(10_000)));
  });

  it('places a session exactly where a full sort would, moving up or down (property)', () => {
    const times = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(times, fc.nat(), fc.integer({ min: -1, max: 31 }), (list, pick, time) => {
        const sessions = list.map((t, i) => session(`s${i}`, { updateTime: t }));
        const { byId, order } = sortedStore(sessions);
        const target = sessions[pick % sessions.length] ?? session('none');
        const changed = { ...target, updateTime: time };
        const expected = sessions
          .map((s) => (s.id === changed.id ? changed : s))
          .sort(compareSessions)
          .map((s) => s.id);
        expect(placeSession(order, byId, changed)).toEqual(expected);
        const added = session('new', { updateTime: time });
        const withNew = [...sessions, added].sort(compareSessions).map((s) => s.id);
        expect(placeSession(order, byId, added)).toEqual(withNew);
      }),
    );
  });
});
