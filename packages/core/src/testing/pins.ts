import { describe, expect, it } from 'vitest';
import { expectCode, findSession, setup, text } from './harness.ts';
import type { ConformanceFactory, ConformanceFeatures } from './types.ts';

/** Pin, unpin, pin ext, the pin limit and pin sync. */
export function pinTests(factory: ConformanceFactory, features: ConformanceFeatures): void {
  describe('pins', () => {
    it('pins, changes the ext (where pins have one) and unpins, synced to my other devices', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const other = await b.device('alice');
      await alice.adapter.send(text('bob', 'hi'));
      const ext = features.pinExt === false ? undefined : 'a';
      const pinned = await alice.adapter.pin('p2p-bob', ext);
      expect(pinned).toMatchObject({ isStickOnTop: true, ext: ext ?? '' });
      expect(pinned.createTime).toBeGreaterThan(0);
      const event = await other.waitFor('pin', (e) => e.stickTopInfo.isStickOnTop);
      expect(event).toMatchObject({ sessionId: 'p2p-bob', stickTopInfo: pinned });
      expect((await findSession(other.adapter, 'p2p-bob'))?.stickTopInfo).toEqual(pinned);
      if (ext === undefined) {
        await expectCode(alice.adapter.updatePinExt('p2p-bob', 'b'), 'UNSUPPORTED');
        await expectCode(alice.adapter.pin('p2p-bob', 'b'), 'UNSUPPORTED');
      } else {
        const changed = await alice.adapter.updatePinExt('p2p-bob', 'b');
        expect(changed).toMatchObject({
          isStickOnTop: true,
          ext: 'b',
          createTime: pinned.createTime,
        });
        await other.waitFor('pin', (e) => e.stickTopInfo.ext === 'b');
      }
      const unpinned = await alice.adapter.unpin('p2p-bob');
      expect(unpinned.isStickOnTop).toBe(false);
      await other.waitFor('pin', (e) => !e.stickTopInfo.isStickOnTop);
      expect((await findSession(other.adapter, 'p2p-bob'))?.stickTopInfo.isStickOnTop).toBe(false);
    });

    it('updatePinExt of a session that is not pinned fails with NOT_FOUND', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      await expectCode(alice.adapter.updatePinExt('p2p-bob', 'x'), 'NOT_FOUND');
    });

    it('the pin past the limit fails with PIN_LIMIT', async () => {
      const b = await setup(factory);
      const alice = await b.device('alice');
      const max = alice.adapter.maxPins ?? 50;
      for (let i = 0; i < max; i++) await alice.adapter.pin(`p2p-u${i}`);
      await expectCode(alice.adapter.pin(`p2p-u${max}`), 'PIN_LIMIT');
      await alice.adapter.unpin('p2p-u0');
      expect((await alice.adapter.pin(`p2p-u${max}`)).isStickOnTop).toBe(true);
    });

    if (features.getPinnedSessions) {
      it('lists pinned sessions newest pin first', async () => {
        const b = await setup(factory);
        const alice = await b.device('alice');
        await alice.adapter.pin('p2p-x');
        await alice.adapter.pin('p2p-y');
        const page = await alice.adapter.getPinnedSessions?.({});
        expect(page?.items.map((s) => s.id)).toEqual(['p2p-y', 'p2p-x']);
        expect(page).toMatchObject({ hasMore: false, cursor: '' });
      });
    }
  });
}
