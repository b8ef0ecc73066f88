import { allHistory, findSession, setup, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { prosodyTestBackend } from './test/prosodyFactory.ts';
import { startProxy } from './test/startProxy.ts';

const { factory, current } = prosodyTestBackend();

describe('XMPP mapping on Prosody', () => {
  it('catches up from MAM after the network drops and comes back', async () => {
    const b = await setup(factory);
    const server = current().server;
    const port = Number(new URL(server.websocketUrl).port);
    const proxy = await startProxy(port);
    onTestFinished(() => proxy.close());
    const alice = await current().adapter('alice', `ws://127.0.0.1:${proxy.port}/xmpp-websocket`);
    const events: { type: string; id?: string; status?: string }[] = [];
    alice.subscribe((e) => {
      if (e.type === 'message') events.push({ type: e.type, id: e.message.idClient });
      if (e.type === 'connection') events.push({ type: e.type, status: e.status });
    });
    await alice.connect();
    const bob = await b.device('bob');
    proxy.cut();
    const sent = [
      await bob.adapter.send(text('alice', 'while you were gone 1')),
      await bob.adapter.send(text('alice', 'while you were gone 2')),
    ];
    await expect
      .poll(() => events.filter((e) => e.type === 'message').map((e) => e.id), { timeout: 8000 })
      .toEqual(sent.map((m) => m.idClient));
    expect(events.some((e) => e.status === 'reconnecting')).toBe(true);
    expect(await findSession(alice, 'p2p-bob')).toMatchObject({ unread: 2 });
  });

  it('carbons: a second device sees what the first sent and received', async () => {
    const b = await setup(factory);
    const phone = await b.device('alice');
    const laptop = await b.device('alice');
    const bob = await b.device('bob');
    const out = await phone.adapter.send(text('bob', 'from phone'));
    const got = await laptop.waitFor('message', (e) => e.message.idClient === out.idClient);
    expect(got.message).toMatchObject({ from: 'alice', to: 'bob', time: out.time, status: 'sent' });
    const reply = await bob.adapter.send(text('alice', 'reply'));
    await laptop.waitFor('message', (e) => e.message.idClient === reply.idClient);
    expect((await allHistory(laptop.adapter, 'p2p-bob')).map((m) => m.idClient)).toEqual([
      reply.idClient,
      out.idClient,
    ]);
    expect(
      phone.events.some((e) => e.type === 'message' && e.message.idClient === out.idClient),
    ).toBe(false);
  });

  it('pins live in PEP: other devices are told, later logins see them', async () => {
    const b = await setup(factory);
    const phone = await b.device('alice');
    const laptop = await b.device('alice');
    await phone.adapter.send(text('bob', 'hi'));
    const info = await phone.adapter.pin('p2p-bob', 'work');
    await laptop.waitFor('pin', (e) => e.sessionId === 'p2p-bob' && e.stickTopInfo.isStickOnTop);
    await phone.adapter.disconnect();
    await laptop.adapter.disconnect();
    const later = await b.connect('alice');
    expect((await findSession(later, 'p2p-bob'))?.stickTopInfo).toEqual(info);
  });

  it('team read counts come from displayed markers, also for a later login', async () => {
    const b = await setup(factory);
    const alice = await b.device('alice');
    const bob = await b.device('bob');
    const carol = await b.device('carol');
    const teamId = await b.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
    const sent = await alice.adapter.send({
      ...text(teamId, 'read me', 'team'),
      needReceipt: true,
    });
    expect(sent.teamReceipt).toEqual({ read: 0, unread: 2 });
    await bob.adapter.sendReceipt(sent);
    await carol.adapter.sendReceipt(sent);
    await alice.waitFor('teamReceipt', (e) => e.idClient === sent.idClient && e.read === 2);
    const later = await b.connect('alice');
    const [mine] = await allHistory(later, `team-${teamId}`);
    expect(mine?.teamReceipt).toEqual({ read: 2, unread: 0 });
  });

  it('a retraction in the archive recalls the message for a peer who was offline', async () => {
    const b = await setup(factory);
    const alice = await b.device('alice');
    await alice.adapter.send(text('bob', 'keep'));
    const oops = await alice.adapter.send(text('bob', 'oops'));
    await alice.adapter.recall(oops);
    const bob = await b.connect('bob');
    const [newest] = await allHistory(bob, 'p2p-alice');
    expect(newest).toMatchObject({ idClient: oops.idClient, type: 'tip', recall: { by: 'alice' } });
    expect(newest?.recall?.original).toBeUndefined();
    expect(await findSession(bob, 'p2p-alice')).toMatchObject({ unread: 1 });
    const [mine] = await allHistory(alice.adapter, 'p2p-bob');
    expect(mine?.recall?.original).toEqual({ type: 'text', body: 'oops' });
  });
});
