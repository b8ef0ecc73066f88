import { windowMessages } from '@parley/core';
import { expectCode, text } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { chatOn, eventually, openCloud, say } from './test/seedHarness.ts';

// Seed 004: 消息收发 (message send and receive), nim.msg.*, replayed through the adapter.
describe('seed 004 · 消息收发', () => {
  it('消息对象: scene, sessionId, status, from, to, time, type, body, idClient, idServer', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const sent = await me.adapter.send(text('xiaodong1', 'this is a text'));
    expect(sent).toMatchObject({
      scene: 'p2p',
      sessionId: 'p2p-xiaodong1',
      status: 'sent',
      from: 'me',
      to: 'xiaodong1',
      type: 'text',
      body: 'this is a text',
    });
    expect(sent.time).toBeGreaterThan(0);
    expect(sent.idServer).not.toBe('');
  });

  it('群通知消息: team events arrive as notification messages', async () => {
    const { cloud, device } = await openCloud();
    const bob = await device('bob');
    const team = await cloud.server.createTeam({ owner: 'alice', members: ['bob'] });
    await cloud.server.updateTeam(team.teamId, 'alice', { name: 'Renamed' });
    await eventually(() => {
      const kinds = bob.events.flatMap((e) =>
        e.type === 'message' && e.message.type === 'notification' ? [e.message.attach?.kind] : [],
      );
      expect(kinds).toEqual(expect.arrayContaining(['addMembers', 'updateTeam']));
    });
  });

  it('发送消息: text, tip, custom, geo and files with upload progress; onSendBefore shows it first', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const peer = await device('peer');
    const base = { scene: 'p2p', to: 'peer' } as const;
    await me.adapter.send({ ...base, idClient: 't1', type: 'tip', body: 'this is a text' });
    await me.adapter.send({
      ...base,
      idClient: 'c1',
      type: 'custom',
      body: '',
      attach: { kind: 'a', data: 1 },
    });
    await me.adapter.send({
      ...base,
      idClient: 'g1',
      type: 'geo',
      body: '',
      attach: { lng: 120.182, lat: 30.2, title: 'Hangzhou' },
    });
    const progress: number[] = [];
    const file = new File(['png bytes'], 'photo.png', { type: 'image/png' });
    const image = await me.adapter.send(
      { ...base, idClient: 'i1', type: 'image', body: '', file },
      { onProgress: (p) => progress.push(p) },
    );
    expect(progress.at(-1)).toBe(1);
    expect(image.type === 'image' ? image.attach : undefined).toMatchObject({
      name: 'photo.png',
      size: file.size,
    });
    await eventually(() => {
      const got = new Map(
        peer.events.flatMap((e) =>
          e.type === 'message' ? [[e.message.idClient, e.message] as const] : [],
        ),
      );
      expect(got.get('t1')).toMatchObject({ type: 'tip' });
      expect(got.get('c1')).toMatchObject({ type: 'custom', attach: { kind: 'a', data: 1 } });
      expect(got.get('g1')).toMatchObject({
        type: 'geo',
        attach: { title: 'Hangzhou', lat: 30.2 },
      });
      expect(got.get('i1')).toMatchObject({ type: 'image', attach: { name: 'photo.png' } });
    });
    const chat = await chatOn(me);
    const sending = chat.send('p2p-peer', { type: 'text', body: 'optimistic' });
    const first = windowMessages(chat.store.getState().messages['p2p-peer']).at(-1);
    expect(first).toMatchObject({ body: 'optimistic', status: 'sending' });
    expect((await sending).status).toBe('sent');
  });

  it('接收消息: nim.on("msg") becomes a message event', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const sent = await say(await device('bob'), 'me', 'hello');
    await eventually(() =>
      expect(me.events).toContainEqual({
        type: 'message',
        message: expect.objectContaining({ idClient: sent.idClient, sessionId: 'p2p-bob' }),
      }),
    );
  });

  it('重发消息: a send that failed for the network is resent with the same idClient', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    me.nim.dropNetwork();
    await eventually(() =>
      expect(me.events).toContainEqual(
        expect.objectContaining({ type: 'connection', status: 'reconnecting' }),
      ),
    );
    const request = text('xiaodong1', 'test2');
    await expectCode(me.adapter.send(request), 'NOT_CONNECTED');
    await me.nim.restoreNetwork();
    await eventually(() =>
      expect(me.events.at(-1)).toMatchObject({ type: 'connection', status: 'connected' }),
    );
    const resent = await me.adapter.send(request);
    expect(resent).toMatchObject({ idClient: request.idClient, status: 'sent' });
  });

  it('转发消息: forward copies the message to another receiver', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const other = await device('other');
    const chat = await chatOn(me);
    const original = await chat.send('p2p-first', { type: 'text', body: 'this is a text' });
    const copy = await chat.forward(original, 'p2p-other');
    expect(copy.idClient).not.toBe(original.idClient);
    await eventually(() =>
      expect(other.events).toContainEqual({
        type: 'message',
        message: expect.objectContaining({ idClient: copy.idClient, body: 'this is a text' }),
      }),
    );
  });

  it('撤回消息: the peer sees the recall; a message that failed to send cannot be recalled', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const peer = await device('peer');
    const sent = await say(me, 'peer', 'this is a text2');
    const recalled = await me.adapter.recall(sent);
    expect(recalled).toMatchObject({
      type: 'tip',
      recall: { by: 'me', original: { body: 'this is a text2' } },
    });
    await eventually(() =>
      expect(peer.events).toContainEqual({
        type: 'recall',
        message: expect.objectContaining({
          idClient: sent.idClient,
          recall: expect.objectContaining({ by: 'me' }),
        }),
      }),
    );
    expect((await peer.adapter.getHistory({ sessionId: 'p2p-me' })).items[0]).toMatchObject({
      idClient: sent.idClient,
      type: 'tip',
    });
    await expectCode(
      me.adapter.recall({ ...sent, idClient: 'never', idServer: '', status: 'sendFailed' }),
      'NOT_FOUND',
    );
  });

  it('发送已读回执: a receipt on receipt of a message reaches the sender', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const peer = await device('peer');
    peer.adapter.subscribe((event) => {
      if (event.type === 'message') void peer.adapter.sendReceipt(event.message);
    });
    const sent = await say(me, 'peer', 'read me');
    await eventually(() =>
      expect(me.events).toContainEqual({
        type: 'p2pReceipt',
        sessionId: 'p2p-peer',
        time: sent.time,
      }),
    );
    expect((await me.adapter.getSession?.('p2p-peer'))?.msgReceiptTime).toBe(sent.time);
  });

  it('多端登录与互踢: a kick ends the connection with a reason', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await me.nim.kick('samePlatformKick');
    expect(me.events.at(-1)).toMatchObject({
      type: 'connection',
      status: 'disconnected',
      error: { code: 'NOT_CONNECTED' },
    });
  });
});
