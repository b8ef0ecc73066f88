import type { Message, SendRequest } from '@parley/core';
import { allHistory, allSessions, expectCode, findSession, uid } from '@parley/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { eventually, openCloud, say } from './test/seedHarness.ts';

type Peer = Awaited<ReturnType<Awaited<ReturnType<typeof openCloud>>['device']>>;

function received(peer: Peer, idClient: string): Message | undefined {
  for (const e of peer.events)
    if (e.type === 'message' && e.message.idClient === idClient) return e.message;
  return undefined;
}

// The SDK's calls beyond seed 002 that the issue names: sends, acks and recall.
describe('send of each type', () => {
  const cases: Array<[string, SendRequest, Partial<Message>]> = [
    [
      'txt',
      { idClient: uid(), scene: 'p2p', to: 'bob', type: 'text', body: 'hello' },
      { type: 'text', body: 'hello' },
    ],
    [
      'txt carrying a Parley tip',
      { idClient: uid(), scene: 'p2p', to: 'bob', type: 'tip', body: 'joined' },
      { type: 'tip', body: 'joined' },
    ],
    [
      'loc',
      {
        idClient: uid(),
        scene: 'p2p',
        to: 'bob',
        type: 'geo',
        body: '',
        attach: { lat: 30.2, lng: 120.1, title: 'West Lake' },
      },
      { type: 'geo', attach: { lat: 30.2, lng: 120.1, title: 'West Lake' } },
    ],
    [
      'custom',
      {
        idClient: uid(),
        scene: 'p2p',
        to: 'bob',
        type: 'custom',
        body: '',
        attach: { kind: 'card', data: { n: 1 } },
      },
      { type: 'custom', attach: { kind: 'card', data: { n: 1 } } },
    ],
  ];

  it.each(cases)(
    '%s reaches the peer with its idClient, type and content',
    async (_, request, expected) => {
      const { device } = await openCloud();
      const alice = await device('alice');
      const bob = await device('bob');
      const sent = await alice.adapter.send(request);
      expect(sent).toMatchObject({ ...expected, idClient: request.idClient, status: 'sent' });
      await eventually(() => expect(received(bob, request.idClient)).toMatchObject(expected));
    },
  );

  it('a Parley tip travels as txt with parley_type, so other Easemob apps show its text', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const send = vi.spyOn(alice.conn, 'send');
    await alice.adapter.send({
      idClient: 'tip-1',
      scene: 'p2p',
      to: 'bob',
      type: 'tip',
      body: 'joined',
    });
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      type: 'txt',
      msg: 'joined',
      ext: { parley_id: 'tip-1', parley_type: 'tip' },
    });
  });

  it('img uploads its file with progress up to 1 and reaches the peer with its URL', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const file = new Blob(['png'], { type: 'image/png' });
    const progress: number[] = [];
    const request: SendRequest = {
      idClient: uid(),
      scene: 'p2p',
      to: 'bob',
      type: 'image',
      body: '',
      file,
      attach: { url: '', name: 'cat.png', size: file.size, mime: 'image/png', width: 2, height: 3 },
    };
    const sent = await alice.adapter.send(request, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([0, 0.5, 1]);
    expect(sent).toMatchObject({ type: 'image', attach: { name: 'cat.png', width: 2, height: 3 } });
    expect(sent.type === 'image' ? sent.attach?.url : '').toMatch(/^https:/);
    await eventually(() =>
      expect(received(bob, request.idClient)).toMatchObject({
        type: 'image',
        attach: { name: 'cat.png' },
      }),
    );
  });

  it('a send to a super team fails with UNSUPPORTED: Easemob has groups only', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    await expectCode(
      alice.adapter.send({
        idClient: uid(),
        scene: 'superTeam',
        to: 'g1',
        type: 'text',
        body: 'x',
      }),
      'UNSUPPORTED',
    );
  });
});

describe('acks: channel ack = session read, read ack = receipt', () => {
  it('markSessionRead sends a channel ack: my other devices reset, the peer sees everything read', async () => {
    const { device } = await openCloud();
    const phone = await device('me');
    const laptop = await device('me');
    const bob = await device('bob');
    const last = await say(bob, 'me', 'read me');
    const send = vi.spyOn(phone.conn, 'send');
    await phone.adapter.markSessionRead('p2p-bob', last.time);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      type: 'channel',
      chatType: 'singleChat',
      to: 'bob',
    });
    await eventually(() =>
      expect(laptop.events).toContainEqual({
        type: 'sessionRead',
        sessionId: 'p2p-bob',
        ack: last.time,
      }),
    );
    await eventually(() =>
      expect(bob.events).toContainEqual({
        type: 'p2pReceipt',
        sessionId: 'p2p-me',
        time: last.time,
      }),
    );
  });

  it('sendReceipt sends a read ack for one message; the sender’s msgReceiptTime moves to it', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const first = await say(alice, 'bob', 'one');
    await say(alice, 'bob', 'two');
    const send = vi.spyOn(bob.conn, 'send');
    await eventually(() => expect(received(bob, first.idClient)).toBeDefined());
    await bob.adapter.sendReceipt(received(bob, first.idClient) as Message);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      type: 'read',
      chatType: 'singleChat',
      to: 'alice',
      id: first.idServer,
    });
    await eventually(() =>
      expect(alice.events).toContainEqual({
        type: 'p2pReceipt',
        sessionId: 'p2p-bob',
        time: first.time,
      }),
    );
    expect((await findSession(alice.adapter, 'p2p-bob'))?.msgReceiptTime).toBe(first.time);
  });

  it('group read acks: a message asks with msgConfig.allowGroupAck and the sender gets read counts', async () => {
    const { device, cloud } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const { teamId } = await cloud.server.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
    const send = vi.spyOn(alice.conn, 'send');
    const sent = await alice.adapter.send({
      idClient: uid(),
      scene: 'team',
      to: teamId,
      type: 'text',
      body: 'ack?',
      needReceipt: true,
    });
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      chatType: 'groupChat',
      msgConfig: { allowGroupAck: true },
    });
    await bob.adapter.sendReceipt(sent);
    await eventually(() =>
      expect(alice.events).toContainEqual({
        type: 'teamReceipt',
        sessionId: `team-${teamId}`,
        idClient: sent.idClient,
        read: 1,
        unread: 1,
      }),
    );
    expect(await alice.adapter.getTeamReceiptDetail?.(sent)).toEqual({
      read: ['bob'],
      unread: ['carol'],
    });
  });
});

describe('recallMessage', () => {
  it('recalls by server id; the peer’s history and preview show the recall notice', async () => {
    const { device } = await openCloud();
    const alice = await device('alice');
    const bob = await device('bob');
    const oops = await say(alice, 'bob', 'oops');
    await eventually(() => expect(received(bob, oops.idClient)).toBeDefined());
    const recall = vi.spyOn(alice.conn, 'recallMessage');
    await alice.adapter.recall(oops);
    expect(recall).toHaveBeenCalledWith({ mid: oops.idServer, to: 'bob', chatType: 'singleChat' });
    await eventually(() =>
      expect(bob.events).toContainEqual(expect.objectContaining({ type: 'recall' })),
    );
    // The server dropped it; this device's notice takes its place.
    expect(
      await bob.conn.getHistoryMessages({ targetId: 'alice', chatType: 'singleChat' }),
    ).toMatchObject({ messages: [] });
    const notice = (await allHistory(bob.adapter, 'p2p-alice'))[0];
    expect(notice).toMatchObject({ idClient: oops.idClient, recall: { by: 'alice' } });
    // The recalled text stays on the sender's devices only, for re-editing.
    expect(notice?.recall).not.toHaveProperty('original');
    const pushed = bob.events.find((e) => e.type === 'recall');
    expect(pushed?.type === 'recall' && pushed.message.recall).not.toHaveProperty('original');
    expect((await allSessions(alice.adapter))[0]?.lastMsg).toMatchObject({
      recall: { by: 'alice' },
    });
  });
});
