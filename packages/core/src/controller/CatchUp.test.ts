import { describe, expect, it } from 'vitest';
import { createChat } from '../createChat.ts';
import { memoryOutbox } from '../outbox/memoryOutbox.ts';
import { selectSession, windowMessages } from '../store/selectors.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';
import { flush, login } from '../test/login.ts';

/**
 * A chat whose adapter can drop and regain the link the way adapters report it. The recall
 * window is one tick of the fake clock, so a catch-up reads back no further than needed.
 */
async function dropping(server: FakeServer, account: string) {
  const adapter = Object.assign(createFakeAdapter(server, account), { recallWindowMs: 1 });
  let push: (status: 'reconnecting' | 'connected') => void = () => undefined;
  const subscribe = adapter.subscribe.bind(adapter);
  adapter.subscribe = (listener) => {
    push = (status) => listener({ type: 'connection', status });
    return subscribe(listener);
  };
  const chat = createChat({ adapter, now: () => server.clock, persistence: memoryOutbox() });
  await chat.connect();
  return {
    chat,
    /** The link drops: nothing is pushed to this device until `back()`. */
    drop() {
      void adapter.disconnect();
      push('reconnecting');
    },
    /**
     * The link is back; this adapter replays nothing it missed. `meanwhile` runs once events
     * flow again, before the adapter says it is connected.
     */
    async back(meanwhile?: () => Promise<unknown>) {
      await adapter.connect();
      await meanwhile?.();
      push('connected');
    },
  };
}

const bodies = (chat: ReturnType<typeof createChat>, sessionId: string) =>
  windowMessages(chat.store.getState().messages[sessionId] ?? never()).map((m) => m.body);

describe('catching up after a gap in the events', () => {
  it('an adapter that reconnects without replaying: windows catch up, the active one is read', async () => {
    const server = new FakeServer();
    const alice = await dropping(server, 'alice');
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-alice', { type: 'text', body: 'one' });
    await alice.chat.openSession('p2p-bob');
    alice.chat.setActiveSession('p2p-bob');
    alice.drop();
    const two = await bob.chat.send('p2p-alice', { type: 'text', body: 'two' });
    await alice.back();
    await expect.poll(() => bodies(alice.chat, 'p2p-bob')).toEqual(['one', 'two']);
    await expect.poll(() => server.account('alice').acks.get('p2p-bob')).toBe(two.time);
    await flush();
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(two.time);
  });

  it('a message pushed before the catch-up does not hide the gap before it', async () => {
    const server = new FakeServer();
    const alice = await dropping(server, 'alice');
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-alice', { type: 'text', body: 'one' });
    await alice.chat.openSession('p2p-bob');
    alice.drop();
    await bob.chat.send('p2p-alice', { type: 'text', body: 'missed' });
    await alice.back(() => bob.chat.send('p2p-alice', { type: 'text', body: 'pushed' }));
    await expect.poll(() => bodies(alice.chat, 'p2p-bob')).toEqual(['one', 'missed', 'pushed']);
  });

  it('a long gap fills the window up to a bound; loadNewer goes on from there', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-alice', { type: 'text', body: 'first' });
    await alice.chat.openSession('p2p-bob');
    await alice.chat.disconnect();
    for (let i = 0; i < 1050; i++) await bob.chat.send('p2p-alice', { type: 'text', body: `${i}` });
    await alice.chat.connect();
    const window = () => alice.chat.store.getState().messages['p2p-bob'] ?? never();
    expect(window().ids).toHaveLength(1000);
    expect(window().hasMoreNewer).toBe(true);
    while (window().hasMoreNewer) await alice.chat.loadNewer('p2p-bob');
    expect(bodies(alice.chat, 'p2p-bob')).toHaveLength(1051);
    expect(bodies(alice.chat, 'p2p-bob').at(-1)).toBe('1049');
    expect(window().hasMoreNewer).toBe(false);
  });
});

function never(): never {
  throw new Error('missing');
}
