import { allHistory, allSessions, findSession, setup, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fillArchive } from './test/fillArchive.ts';
import { prosodyTestBackend } from './test/prosodyFactory.ts';
import { startProxy } from './test/startProxy.ts';

const { factory, current } = prosodyTestBackend();

/** MAM results (archived entries) the server sent in `traffic`. */
function mamResults(traffic: string): number {
  return traffic.match(/<result [^>]*urn:xmpp:mam:2/g)?.length ?? 0;
}

describe('login reads a recent window of the archive', () => {
  it('does not download the whole archive, yet lists every session it must', async () => {
    const b = await setup(factory);
    const carol = await b.device('carol');
    const old = [
      await carol.adapter.send(text('alice', 'old 1')),
      await carol.adapter.send(text('alice', 'old 2')),
    ];
    const first = await b.connect('alice');
    await first.pin('p2p-carol', 'keep');
    await first.disconnect();
    const fill = await fillArchive(current().server, 'bob', 'alice', 300);

    const port = Number(new URL(current().server.websocketUrl).port);
    const proxy = await startProxy(port);
    onTestFinished(() => proxy.close());
    const alice = await current().adapter('alice', `ws://127.0.0.1:${proxy.port}/xmpp-websocket`, {
      loginWindow: 30,
      unreadScan: 60,
    });
    await alice.connect();
    const atLogin = mamResults(proxy.received());
    // The window (30), one bounded scan of the conversation it does not cover (60), and the
    // PEP-only session's scan (2): far from the 302 entries of the archive.
    expect(atLogin).toBeGreaterThan(0);
    expect(atLogin).toBeLessThanOrEqual(100);

    const sessions = await allSessions(alice);
    expect(sessions.map((s) => s.id)).toEqual(['p2p-bob', 'p2p-carol']);
    const [bob, pinned] = sessions;
    expect(bob?.lastMsg?.idClient).toBe(fill.at(-1));
    // Unread past the scanned entries is a lower bound (README).
    expect(bob?.unread).toBeGreaterThanOrEqual(60);
    expect(bob?.unread).toBeLessThanOrEqual(300);
    // Known from its PEP state only: its newest message and exact unread come from MAM.
    expect(pinned).toMatchObject({ unread: 2, stickTopInfo: { isStickOnTop: true, ext: 'keep' } });
    expect(pinned?.lastMsg?.idClient).toBe(old[1]?.idClient);

    // History is not limited to what login read.
    const history = await allHistory(alice, 'p2p-bob');
    expect(history.map((m) => m.idClient)).toEqual([...fill].reverse());
  });

  it('counts unread exactly when the read position is inside what was scanned', async () => {
    const b = await setup(factory);
    const fill = await fillArchive(current().server, 'bob', 'alice', 120);
    const first = await b.connect('alice');
    const page = await first.getHistory({ sessionId: 'p2p-bob', limit: 30 });
    const readUpTo = page.items.at(-1);
    if (!readUpTo) throw new Error('no history');
    await first.markSessionRead('p2p-bob', readUpTo.time);
    await first.disconnect();
    const alice = await current().adapter('alice', undefined, { loginWindow: 10, unreadScan: 50 });
    await alice.connect();
    // 29 newer than the read position: 10 from the window, 19 from the scan beyond it.
    expect(await findSession(alice, 'p2p-bob')).toMatchObject({
      unread: 29,
      ack: readUpTo.time,
    });
    expect((await findSession(alice, 'p2p-bob'))?.lastMsg?.idClient).toBe(fill.at(-1));
  });
});
