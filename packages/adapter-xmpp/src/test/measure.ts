// Measures the adapter on a private Prosody over loopback. Run from the repo root:
//   node --conditions=@parley/source --import tsx packages/adapter-xmpp/src/test/measure.ts
import './setup.ts';
import { createXmppAdapter } from '../createXmppAdapter.ts';
import { ensureProsody } from './ensureProsody.ts';
import { fillArchive } from './fillArchive.ts';
import { startProsody } from './startProsody.ts';

const HISTORY = 10_000;
const ms = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;

ensureProsody();
const server = await startProsody();
try {
  for (const a of ['alice', 'bob', 'carol']) await server.register(a, `pw-${a}`);
  const adapter = (username: string) =>
    createXmppAdapter({
      service: server.websocketUrl,
      domain: server.domain,
      username,
      password: `pw-${username}`,
      mechanism: 'PLAIN',
    });

  // Fill bob → alice with HISTORY messages straight on the wire, then wait for the server.
  let t0 = performance.now();
  await fillArchive(server, 'bob', 'alice', HISTORY);
  console.log(`server archived ${HISTORY} messages (both archives): ${ms(t0)}`);

  t0 = performance.now();
  const empty = adapter('carol');
  await empty.connect();
  console.log(`login, empty account: ${ms(t0)}`);

  t0 = performance.now();
  const alice = adapter('alice');
  await alice.connect();
  console.log(`login, account with a ${HISTORY}-message archive (recent window): ${ms(t0)}`);
  t0 = performance.now();
  const sessions = await alice.getSessions({ limit: 20 });
  console.log(`first session page (${sessions.items.length} sessions): ${ms(t0)}`);
  t0 = performance.now();
  const page = await alice.getHistory({ sessionId: 'p2p-bob', limit: 20 });
  console.log(`first history page of ${HISTORY} (${page.items.length} messages): ${ms(t0)}`);
  t0 = performance.now();
  let cursor = page.cursor;
  let read = page.items.length;
  while (cursor) {
    const next = await alice.getHistory({ sessionId: 'p2p-bob', cursor, limit: 100 });
    read += next.items.length;
    cursor = next.cursor;
  }
  console.log(`rest of the history, pages of 100 (${read} messages in all): ${ms(t0)}`);
  t0 = performance.now();
  const oldest = await alice.getHistory({ sessionId: 'p2p-bob', direction: 'newer', limit: 20 });
  console.log(`oldest history page, newer (${oldest.items.length} messages): ${ms(t0)}`);

  const bob = adapter('bob');
  await bob.connect();
  const latencies: number[] = [];
  for (let i = 0; i < 50; i++) {
    const idClient = `live-${i}`;
    const arrived = new Promise<void>((resolve) => {
      const off = alice.subscribe((e) => {
        if (e.type === 'message' && e.message.idClient === idClient) {
          off();
          resolve();
        }
      });
    });
    const start = performance.now();
    void bob.send({ idClient, scene: 'p2p', to: 'alice', type: 'text', body: 'ping' });
    await arrived;
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(2);
  console.log(`live delivery bob→alice, 50 messages: median ${pick(0.5)} ms, p95 ${pick(0.95)} ms`);
  t0 = performance.now();
  await bob.send({ idClient: 'acked', scene: 'p2p', to: 'alice', type: 'text', body: 'x' });
  console.log(`send() until accepted (stanza + MAM id lookup): ${ms(t0)}`);
  await Promise.all([alice.disconnect(), bob.disconnect(), empty.disconnect()]);
} finally {
  await server.stop();
}
