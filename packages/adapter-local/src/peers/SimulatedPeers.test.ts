import type { AdapterEvent } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { SimulatedPeers } from './SimulatedPeers.ts';

async function run(seed: number) {
  const server = await LocalServer.open();
  const peers = new SimulatedPeers({
    server,
    peers: ['bot1', 'bot2'],
    seed,
    readDelayMs: 1,
    replyDelayMs: 5,
    recallChance: 0.5,
  });
  await peers.start();
  const me = createLocalAdapter({ server, account: 'me' });
  const events: AdapterEvent[] = [];
  me.subscribe((e) => events.push(e));
  await me.connect();
  for (let i = 0; i < 6; i++) {
    await me.send({
      idClient: `q${i}`,
      scene: 'p2p',
      to: i % 2 ? 'bot1' : 'bot2',
      type: 'text',
      body: 'hi?',
    });
  }
  await vi.waitFor(() => expect(events.filter((e) => e.type === 'message')).toHaveLength(6));
  await new Promise((resolve) => setTimeout(resolve, 30));
  await peers.stop();
  return { events, me };
}

describe('SimulatedPeers', () => {
  it('read (receipts move), type, reply and sometimes recall', async () => {
    const { events, me } = await run(3);
    const types = new Set(events.map((e) => e.type));
    expect(types).toEqual(new Set(['connection', 'message', 'p2pReceipt', 'typing', 'recall']));
    const session = (await me.getSessions({})).items.find((s) => s.id === 'p2p-bot1');
    expect(session?.msgReceiptTime).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', async () => {
    const bodies = async (seed: number) =>
      (await run(seed)).events
        .flatMap((e) =>
          e.type === 'message' || e.type === 'recall'
            ? [`${e.type}:${e.message.from}:${e.message.body}`]
            : [],
        )
        .sort();
    expect(await bodies(11)).toEqual(await bodies(11));
  });
});
