import { allHistory, allSessions, expectCode } from '@parley/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { eventually, openCloud, say, sayMany } from './test/seedHarness.ts';

// Seed 002: Easemob, "从服务器获取消息(消息漫游)" — server conversations and roaming history.
describe('seed 002 · 从服务器分页获取会话列表 (server conversations, paged)', () => {
  it('getServerConversations({ pageSize: 50, cursor: "" }): newest activity first, each with its latest message', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    for (const peer of ['user1', 'user2', 'user3'])
      await say(await device(peer), 'me', `hi from ${peer}`);
    const calls = vi.spyOn(me.conn, 'getServerConversations');
    const page = await me.adapter.getSessions({ limit: 50 });
    expect(calls).toHaveBeenCalledWith({ pageSize: 50, cursor: '' });
    expect(page.items.map((s) => s.to)).toEqual(['user3', 'user2', 'user1']);
    expect(page.items[0]).toMatchObject({ unread: 1, lastMsg: { body: 'hi from user3' } });
    // Fewer than asked: the last page, its cursor the empty string.
    expect(page).toMatchObject({ cursor: '', hasMore: false });
  });

  it('pageSize is [1, 50]: a Parley page of 100 is read as server pages of 50, chaining the cursor', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const peers = Array.from({ length: 60 }, (_, i) => `u${i}`);
    for (const peer of peers) await say(me, peer, 'x');
    const calls = vi.spyOn(me.conn, 'getServerConversations');
    const page = await me.adapter.getSessions({ limit: 1000 });
    expect(page.items).toHaveLength(60);
    expect(calls.mock.calls.map(([p]) => p.pageSize)).toEqual([50, 50]);
    expect(calls.mock.calls[1]?.[0].cursor).not.toBe('');
    expect(page).toMatchObject({ cursor: '', hasMore: false });
  });

  it('unReadCount counts every message from others; Parley counts tips out and finds the ack', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const bob = await device('bob');
    const first = await say(bob, 'me', 'one');
    await me.adapter.markSessionRead('p2p-bob', first.time);
    await bob.adapter.send({
      idClient: 'tip-1',
      scene: 'p2p',
      to: 'me',
      type: 'tip',
      body: 'a tip',
    });
    await say(bob, 'me', 'two');
    const server = await me.conn.getServerConversations({ pageSize: 20, cursor: '' });
    expect(server.data?.conversations[0]?.unReadCount).toBe(2);
    const session = (await allSessions(me.adapter))[0];
    expect(session).toMatchObject({ id: 'p2p-bob', unread: 1 });
    expect(session?.ack).toBeGreaterThanOrEqual(first.time);
  });

  it('提示 2: user ids are compared as given, never lowercased behind the app’s back', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await say(me, 'Bob', 'mixed case');
    expect((await allSessions(me.adapter)).map((s) => s.id)).toEqual(['p2p-Bob']);
  });
});

describe('seed 002 · 获取服务端的置顶会话列表 (pinned conversations)', () => {
  it('getServerPinnedConversations: newest pin first, at most 50', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await me.adapter.pin('p2p-a');
    await me.adapter.pin('p2p-b');
    await me.adapter.pin('team-g1');
    const calls = vi.spyOn(me.conn, 'getServerPinnedConversations');
    const page = await me.adapter.getPinnedSessions?.({ limit: 500 });
    expect(calls).toHaveBeenCalledWith({ pageSize: 50, cursor: '' });
    expect(page?.items.map((s) => s.id)).toEqual(['team-g1', 'p2p-b', 'p2p-a']);
    expect(page?.items.every((s) => s.stickTopInfo.isStickOnTop)).toBe(true);
  });
});

describe('seed 002 · 置顶会话 (pin a conversation)', () => {
  it('pinConversation({ conversationType: "singleChat", isPinned: true }) syncs to other devices as pinnedConversation / unpinnedConversation', async () => {
    const { device } = await openCloud();
    const phone = await device('me');
    const laptop = await device('me');
    await say(phone, 'conversationid', 'hi');
    const calls = vi.spyOn(phone.conn, 'pinConversation');
    const pinned = await phone.adapter.pin('p2p-conversationid');
    expect(calls).toHaveBeenCalledWith({
      conversationId: 'conversationid',
      conversationType: 'singleChat',
      isPinned: true,
    });
    await eventually(() =>
      expect(laptop.events).toContainEqual({
        type: 'pin',
        sessionId: 'p2p-conversationid',
        stickTopInfo: pinned,
      }),
    );
    await phone.adapter.unpin('p2p-conversationid');
    await eventually(() =>
      expect(laptop.events).toContainEqual(
        expect.objectContaining({
          type: 'pin',
          stickTopInfo: expect.objectContaining({ isStickOnTop: false }),
        }),
      ),
    );
  });

  it('at most 50 pinned: the 51st fails with PIN_LIMIT; a pin has no ext', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    for (let i = 0; i < 50; i++) await me.adapter.pin(`p2p-u${i}`);
    await expectCode(me.adapter.pin('p2p-u50'), 'PIN_LIMIT');
    await expectCode(me.adapter.pin('p2p-u0', 'note'), 'UNSUPPORTED');
  });
});

describe('seed 002 · 从服务器获取指定会话的历史消息 (history of a conversation)', () => {
  it('searchDirection "up" (default): newest first from cursor -1; "down": oldest first', async () => {
    const { device, cloud } = await openCloud();
    const me = await device('me');
    const { teamId } = await cloud.server.createTeam({ owner: 'me', members: ['user1'] });
    const sent = await sayMany(me, teamId, 5, 'team');
    const calls = vi.spyOn(me.conn, 'getHistoryMessages');
    const up = await me.adapter.getHistory({ sessionId: `team-${teamId}`, limit: 20 });
    expect(calls.mock.calls[0]?.[0]).toMatchObject({
      targetId: teamId,
      chatType: 'groupChat',
      cursor: -1,
      searchDirection: 'up',
    });
    expect(up.items.map((m) => m.idClient)).toEqual(sent.map((m) => m.idClient).reverse());
    const down = await me.adapter.getHistory({ sessionId: `team-${teamId}`, direction: 'newer' });
    expect(calls.mock.calls.at(-1)?.[0]).toMatchObject({ searchDirection: 'down' });
    expect(down.items.map((m) => m.idClient)).toEqual(sent.map((m) => m.idClient));
  });

  it('at most 50 per call: a page of 100 takes several calls and pages on by cursor', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const sent = await sayMany(me, 'user1', 120);
    const calls = vi.spyOn(me.conn, 'getHistoryMessages');
    const page = await me.adapter.getHistory({ sessionId: 'p2p-user1', limit: 100 });
    expect(page.items).toHaveLength(100);
    expect(calls.mock.calls.every(([o]) => (o.pageSize ?? 20) <= 50)).toBe(true);
    const rest = await me.adapter.getHistory({
      sessionId: 'p2p-user1',
      cursor: page.cursor,
      limit: 100,
    });
    expect(rest.items.map((m) => m.idClient)).toEqual(
      sent
        .slice(0, 20)
        .map((m) => m.idClient)
        .reverse(),
    );
    expect(rest).toMatchObject({ cursor: '', hasMore: false });
  });
});

describe('seed 002 · 单向删除服务端的历史消息 (delete roaming history one-sided)', () => {
  it('removeHistoryMessages by beforeTimeStamp: gone for me, kept for the other user', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const user = await device('userid');
    const sent = await sayMany(me, 'userid', 3);
    const calls = vi.spyOn(me.conn, 'removeHistoryMessages');
    await me.adapter.deleteHistory({ sessionId: 'p2p-userid', before: sent[1]?.time ?? 0 });
    expect(calls).toHaveBeenCalledWith({
      targetId: 'userid',
      chatType: 'singleChat',
      beforeTimeStamp: (sent[1]?.time ?? 0) + 1,
    });
    expect((await allHistory(me.adapter, 'p2p-userid')).map((m) => m.idClient)).toEqual([
      sent[2]?.idClient,
    ]);
    expect(await allHistory(user.adapter, 'p2p-me')).toHaveLength(3);
  });

  it('removeHistoryMessages by messageIds: other devices get deleteRoaming and Parley names the messages', async () => {
    const { device } = await openCloud();
    const phone = await device('me');
    const laptop = await device('me');
    const [keep, drop] = await sayMany(phone, 'userid', 2);
    // The laptop has shown both: Easemob's event names the conversation only.
    expect(await allHistory(laptop.adapter, 'p2p-userid')).toHaveLength(2);
    const calls = vi.spyOn(phone.conn, 'removeHistoryMessages');
    await phone.adapter.deleteHistory({
      sessionId: 'p2p-userid',
      idClients: [drop?.idClient ?? ''],
    });
    expect(calls).toHaveBeenCalledWith({
      targetId: 'userid',
      chatType: 'singleChat',
      messageIds: [drop?.idServer],
    });
    await eventually(() =>
      expect(laptop.events).toContainEqual(
        expect.objectContaining({
          type: 'historyDeleted',
          sessionId: 'p2p-userid',
          idClients: [drop?.idClient],
        }),
      ),
    );
    expect((await allHistory(laptop.adapter, 'p2p-userid')).map((m) => m.idClient)).toEqual([
      keep?.idClient,
    ]);
  });
});

describe('seed 002 · 删除服务器端会话及其对应的消息 (delete a server conversation)', () => {
  it('deleteConversation({ deleteRoam: true }): neither conversation nor messages come back; the other user keeps theirs', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const channel = await device('channel');
    await say(channel, 'me', 'one');
    const calls = vi.spyOn(me.conn, 'deleteConversation');
    await me.adapter.deleteSessions(['p2p-channel'], { clearHistory: true });
    expect(calls).toHaveBeenCalledWith({
      channel: 'channel',
      chatType: 'singleChat',
      deleteRoam: true,
    });
    const next = await device('me');
    expect((await allSessions(next.adapter)).map((s) => s.id)).not.toContain('p2p-channel');
    expect(await allHistory(next.adapter, 'p2p-channel')).toHaveLength(0);
    expect(await allHistory(channel.adapter, 'p2p-me')).toHaveLength(1);
  });

  it('without deleteRoam Easemob would drop the conversation for good: Parley’s delete without history stays on this device', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await say(await device('channel'), 'me', 'one');
    const calls = vi.spyOn(me.conn, 'deleteConversation');
    await me.adapter.deleteSessions(['p2p-channel'], { clearHistory: false });
    expect(calls).not.toHaveBeenCalled();
    expect((await allSessions(me.adapter)).map((s) => s.id)).toEqual([]);
    const next = await device('me');
    expect((await allSessions(next.adapter)).map((s) => s.id)).toEqual(['p2p-channel']);
  });
});
