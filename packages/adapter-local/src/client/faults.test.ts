import type { AdapterEvent, ChatError, SendRequest } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { LocalServer } from '../server/LocalServer.ts';
import { createLocalAdapter } from './createLocalAdapter.ts';
import type { FaultOptions } from './faults.ts';

let n = 0;
const text = (to: string): SendRequest => {
  n += 1;
  return { idClient: `f-${n}`, scene: 'p2p', to, type: 'text', body: `#${n}` };
};

/** Bob sends 40 messages to an alice device with faults; returns what alice's listener saw. */
async function receiveWith(faults: FaultOptions) {
  const server = await LocalServer.open();
  const alice = createLocalAdapter({ server, account: 'alice', faults });
  const bob = createLocalAdapter({ server, account: 'bob' });
  const seen: string[] = [];
  alice.subscribe((e: AdapterEvent) => {
    if (e.type === 'message') seen.push(e.message.idClient);
  });
  await alice.connect();
  await bob.connect();
  const sent: string[] = [];
  for (let i = 0; i < 40; i++) sent.push((await bob.send(text('alice'))).idClient);
  // A drop at the tail has no later event to reveal the gap; the periodic sync finds it.
  await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(sent.length));
  await alice.disconnect();
  return { seen, sent };
}

describe('fault injection', () => {
  it.each([
    ['dropped', { drop: 0.3 }],
    ['duplicated', { duplicate: 0.3 }],
    ['reordered', { reorder: 0.3 }],
    ['dropped, duplicated and reordered', { drop: 0.2, duplicate: 0.2, reorder: 0.2, seed: 9 }],
  ])('%s events: every event arrives once, in order', async (_name, faults) => {
    const { seen, sent } = await receiveWith(faults);
    expect(seen).toEqual(sent);
  });

  it('without repair the listener sees the faulty stream (for store idempotence tests)', async () => {
    const server = await LocalServer.open();
    const alice = createLocalAdapter({
      server,
      account: 'alice',
      faults: { duplicate: 1, repair: false },
    });
    const bob = createLocalAdapter({ server, account: 'bob' });
    const seen: string[] = [];
    alice.subscribe((e) => e.type === 'message' && seen.push(e.message.idClient));
    await alice.connect();
    await bob.connect();
    const sent = await bob.send(text('alice'));
    await vi.waitFor(() => expect(seen).toEqual([sent.idClient, sent.idClient]));
  });

  it('a failed send never reaches the server; its resend is delivered once', async () => {
    const server = await LocalServer.open();
    let fail = true;
    const alice = createLocalAdapter({
      server,
      account: 'alice',
      faults: { failSend: () => fail },
    });
    await alice.connect();
    const request = text('bob');
    const code = await alice.send(request).then(
      () => null,
      (e: ChatError) => e.code,
    );
    expect(code).toBe('SEND_FAILED');
    expect((await alice.getHistory({ sessionId: 'p2p-bob' })).items).toHaveLength(0);
    fail = false;
    await alice.send(request);
    expect((await alice.getHistory({ sessionId: 'p2p-bob' })).items).toHaveLength(1);
  });

  it('a send whose answer was lost is stored once; the resend returns it', async () => {
    const server = await LocalServer.open();
    let fail = true;
    const alice = createLocalAdapter({
      server,
      account: 'alice',
      faults: { failSend: () => fail, failSendAt: 'response' },
    });
    const bob = createLocalAdapter({ server, account: 'bob' });
    const bobSaw: string[] = [];
    bob.subscribe((e) => e.type === 'message' && bobSaw.push(e.message.idClient));
    await alice.connect();
    await bob.connect();
    const request = text('bob');
    const code = await alice.send(request).then(
      () => null,
      (e: ChatError) => e.code,
    );
    expect(code).toBe('SEND_FAILED');
    fail = false;
    const resent = await alice.send(request);
    expect(resent.idClient).toBe(request.idClient);
    expect((await alice.getHistory({ sessionId: 'p2p-bob' })).items).toHaveLength(1);
    await vi.waitFor(() => expect(bobSaw).toEqual([request.idClient]));
  });

  it('latency delays commands and events but loses nothing', async () => {
    const server = await LocalServer.open();
    const alice = createLocalAdapter({ server, account: 'alice', latencyMs: 10 });
    const bob = createLocalAdapter({ server, account: 'bob', latencyMs: 10 });
    const seen: string[] = [];
    alice.subscribe((e) => e.type === 'message' && seen.push(e.message.idClient));
    await alice.connect();
    await bob.connect();
    const sent = await Promise.all([bob.send(text('alice')), bob.send(text('alice'))]);
    await vi.waitFor(() => expect(seen.sort()).toEqual(sent.map((m) => m.idClient).sort()));
  });
});
