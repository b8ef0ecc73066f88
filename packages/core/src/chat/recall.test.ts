import { describe, expect, it } from 'vitest';
import { createChat } from '../createChat.ts';
import { isChatError } from '../model/ChatError.ts';
import { DEFAULT_RECALL_WINDOW_MS } from '../rules/recall.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';

/** A connected chat of alice whose device clock is `skew` ms off the server's. */
async function skewed(skew: number) {
  const server = new FakeServer();
  const adapter = createFakeAdapter(server, 'alice');
  const chat = createChat({ adapter, now: () => server.clock + skew });
  await chat.connect();
  return { server, chat, calls: adapter.controls.calls };
}

describe('recall window on the server clock', () => {
  it('follows the server clock, not a device clock that runs ahead', async () => {
    const { server, chat } = await skewed(10 * DEFAULT_RECALL_WINDOW_MS);
    expect(chat.serverNow()).toBe(server.clock);
    const sent = await chat.send('p2p-bob', { type: 'text', body: 'oops' });
    const recalled = await chat.recall(sent);
    expect(recalled.recall?.by).toBe('alice');
  });

  it('refuses an expired recall although the device clock runs behind', async () => {
    const { server, chat, calls } = await skewed(-10 * DEFAULT_RECALL_WINDOW_MS);
    const sent = await chat.send('p2p-bob', { type: 'text', body: 'old news' });
    server.clock += DEFAULT_RECALL_WINDOW_MS + 1;
    const error = await chat.recall(sent).catch((e: unknown) => e);
    expect(isChatError(error) && error.code).toBe('RECALL_EXPIRED');
    expect(calls).not.toContain('recall');
  });

  it('moves the server clock forward when a pushed message is stamped later', async () => {
    const server = new FakeServer();
    // Alice's device clock stands still (e.g. a suspended tab's timer), the server's moves on.
    const chat = createChat({ adapter: createFakeAdapter(server, 'alice'), now: () => 42 });
    await chat.connect();
    const bob = createChat({ adapter: createFakeAdapter(server, 'bob'), now: () => 0 });
    await bob.connect();
    const before = chat.serverNow();
    expect(before).toBe(server.clock);
    server.clock += 5_000;
    const message = await bob.send('p2p-alice', { type: 'text', body: 'later' });
    await Promise.resolve();
    expect(chat.serverNow()).toBeGreaterThanOrEqual(message.time);
    expect(chat.serverNow() - before).toBeGreaterThanOrEqual(5_000);
  });
});
