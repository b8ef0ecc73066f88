import type { AdapterEvent, ChatAdapter, Message } from '@parley/core';
import { runAdapterConformance, setup, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ejabberdForFile } from './test/ejabberdForFile.ts';
import { startBalancer } from './test/startBalancer.ts';
import { XMPP_FEATURES } from './test/xmppFeatures.ts';

// alice's devices sign in on node 1, bob's on node 2, everyone else's by a hash of the name:
// p2p messages, carbons, PEP and team rooms all cross the cluster.
const ejabberd = ejabberdForFile('XMPP on a two-node ejabberd cluster', 2);
if (ejabberd) {
  runAdapterConformance('XMPP on a two-node ejabberd cluster', ejabberd.factory, XMPP_FEATURES);

  /** Connects `adapter` and records its events. */
  async function signIn(adapter: Promise<ChatAdapter>) {
    const device = await adapter;
    const events: AdapterEvent[] = [];
    device.subscribe((e) => events.push(e));
    await device.connect();
    const got = (m: Message) => () =>
      events.some((e) => e.type === 'message' && e.message.idClient === m.idClient);
    return { adapter: device, events, got };
  }

  describe('XMPP on a two-node ejabberd cluster: a node stops and comes back', () => {
    it('loses no team message when the node hosting the room stops; its clients reconnect once', async () => {
      const { nodes } = ejabberd.cluster();
      const [node1, node2] = nodes;
      if (!node1 || !node2) throw new Error('two nodes expected');
      const b = await setup(ejabberd.factory);
      const backend = ejabberd.backend();
      // bob reaches the cluster through a load balancer that prefers node 2.
      const balancer = await startBalancer([node2.httpPort, node1.httpPort]);
      onTestFinished(async () => {
        await balancer.close();
        await node2.start();
      });
      const teamId = await b.createTeam({ owner: 'bob', members: ['alice', 'carol'] });
      const bob = await signIn(
        backend.adapter('bob', `ws://127.0.0.1:${balancer.port}/xmpp-websocket`),
      );
      const alice = await signIn(
        backend.adapter('alice', node1.websocketUrl, { roomCheckMs: 1000 }),
      );
      const carol = await signIn(backend.adapter('carol', node1.websocketUrl));
      const hello = await bob.adapter.send(text(teamId, 'hello', 'team'));
      await expect.poll(alice.got(hello)).toBe(true);
      await expect.poll(carol.got(hello)).toBe(true);

      // The room lived on node 2, where bob created it: it restarts on node 1 without occupants.
      await node2.stop();
      const fromCarol = await carol.adapter.send(text(teamId, 'while node 2 is down', 'team'));
      expect(fromCarol.status).toBe('sent');
      await expect
        .poll(() => bob.events.some((e) => e.type === 'connection' && e.status === 'connected'), {
          timeout: 15_000,
        })
        .toBe(true);
      const bobBack = Date.now();
      await expect.poll(bob.got(fromCarol), { timeout: 10_000 }).toBe(true);
      const fromBob = await bob.adapter.send(text(teamId, 'back on node 1', 'team'));
      // alice never disconnected: she finds out she left the room by pinging herself in it.
      await expect.poll(alice.got(fromCarol), { timeout: 10_000 }).toBe(true);
      await expect.poll(alice.got(fromBob), { timeout: 10_000 }).toBe(true);
      await expect.poll(carol.got(fromBob), { timeout: 10_000 }).toBe(true);
      const arrivals = alice.events.filter((e) => e.type === 'message');
      expect(new Set(arrivals.map((e) => e.type === 'message' && e.message.idClient)).size).toBe(
        arrivals.length,
      );
      // The stopping node ended bob's stream with an error; @xmpp/connection's own close of
      // that stream used to cut his new connection about 2 s later.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, bobBack + 3000 - Date.now())));
      const statuses = bob.events.flatMap((e) => (e.type === 'connection' ? [e.status] : []));
      const drops = statuses.filter(
        (s, i) => s === 'reconnecting' && statuses[i - 1] === 'connected',
      );
      expect(drops).toHaveLength(1);
    }, 90_000);
  });
}
