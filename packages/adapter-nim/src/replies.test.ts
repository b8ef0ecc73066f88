import type { AdapterEvent, Message } from '@parley/core';
import { replyRefOf } from '@parley/core/rules';
import { allHistory, text } from '@parley/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { eventually, openCloud, say } from './test/seedHarness.ts';

function received(events: AdapterEvent[]): Message[] {
  return events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
}

// Replies as the SDK makes them (types.d.ts `replyMsg`, `threadMessageInfo`); the SDK of the
// adapter (V1 API) has no quick comments and no message modification: see the README.
describe('replies: replyMsg and threadMessageInfo', () => {
  it('a reply goes out with replyMsg and reaches the peer with its quote', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const original = await say(alice, 'bob', 'lunch?');
    await eventually(() =>
      expect(received(bob.events).map((m) => m.idClient)).toContain(original.idClient),
    );
    const send = vi.spyOn(bob.nim.msg, 'sendTextMsg');
    const ref = replyRefOf(original);
    const reply = await bob.adapter.send({ ...text('alice', 'noon'), replyTo: ref });
    expect(reply.replyTo).toEqual(ref);
    expect(send.mock.calls[0]?.[0].replyMsg).toMatchObject({
      idClient: original.idClient,
      idServer: original.idServer,
      from: 'alice',
    });
    await eventually(() =>
      expect(received(alice.events).find((m) => m.idClient === reply.idClient)?.replyTo).toEqual(
        ref,
      ),
    );
  });

  it('history on a device that never saw the original reads it from the server, once a page', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const first = await say(alice, 'bob', 'one');
    const second = await say(alice, 'bob', 'two');
    const a = await bob.adapter.send({ ...text('alice', 're one'), replyTo: replyRefOf(first) });
    const b = await bob.adapter.send({ ...text('alice', 're two'), replyTo: replyRefOf(second) });
    const alice2 = await device('alice');
    const lookup = vi.spyOn(alice2.nim.msgExtend, 'getMsgsByIdServer');
    // Only the replies are on this page: the originals are older.
    const page = await alice2.adapter.getHistory({ sessionId: 'p2p-bob', limit: 2 });
    expect(page.items.map((m) => [m.idClient, m.replyTo])).toEqual([
      [b.idClient, replyRefOf(second)],
      [a.idClient, replyRefOf(first)],
    ]);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('a reply to a recalled original still arrives, its quote bare (ids, sender, time)', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const original = await say(alice, 'bob', 'oops');
    const reply = await bob.adapter.send({
      ...text('alice', 'what?'),
      replyTo: replyRefOf(original),
    });
    await alice.adapter.recall(original);
    const fresh = await device('alice');
    const found = (await allHistory(fresh.adapter, 'p2p-bob')).find(
      (m) => m.idClient === reply.idClient,
    );
    expect(found?.replyTo).toEqual({
      idClient: original.idClient,
      idServer: original.idServer,
      from: 'alice',
      type: 'text',
      body: '',
      time: original.time,
    });
  });

  it('live messages keep their order while a quote is read from the server', async () => {
    const { device } = await openCloud();
    const bob = await device('bob');
    const original = await say(bob, 'alice', 'sent before alice signed in');
    // alice never saw the original live: the reply's quote needs a server read.
    const alice2 = await device('alice');
    const reply = await bob.adapter.send({ ...text('alice', 're'), replyTo: replyRefOf(original) });
    const after = await say(bob, 'alice', 'after');
    await eventually(() => {
      const ids = received(alice2.events).map((m) => m.idClient);
      expect(ids.slice(-2)).toEqual([reply.idClient, after.idClient]);
    });
    expect(received(alice2.events).find((m) => m.idClient === reply.idClient)?.replyTo).toEqual(
      replyRefOf(original),
    );
  });
});
