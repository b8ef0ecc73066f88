import { selectSession } from '@parley/core';
import { isReadByPeer, isUnreadByMe } from '@parley/core/rules';
import { allSessions, expectCode, findSession } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { chatOn, eventually, openCloud, say } from './test/seedHarness.ts';

// Seed 000: 最近会话 (recent sessions) of the enhanced SDK, replayed through the adapter.
describe('seed 000 · 最近会话', () => {
  it('生成规则: sessions come from roaming and offline messages at login, then from sends and receipts', async () => {
    const { device } = await openCloud();
    const cs1 = await device('cs1');
    const cs2 = await device('cs2');
    await say(cs1, 'me', 'offline one');
    await say(cs2, 'me', 'offline two');
    const me = await device('me');
    expect((await allSessions(me.adapter)).map((s) => [s.id, s.unread])).toEqual([
      ['p2p-cs2', 1],
      ['p2p-cs1', 1],
    ]);
    const mine = await say(me, 'cs1', 'reply');
    expect((await allSessions(me.adapter))[0]).toMatchObject({
      id: 'p2p-cs1',
      updateTime: mine.time,
    });
  });

  it('会话对象: msgReceiptTime tells what the peer read; ack what I read', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const cs1 = await device('cs1');
    const first = await say(me, 'cs1', 'one');
    const second = await say(me, 'cs1', 'two');
    await cs1.adapter.sendReceipt({ ...first, sessionId: 'p2p-me' });
    await eventually(() =>
      expect(me.events).toContainEqual({
        type: 'p2pReceipt',
        sessionId: 'p2p-cs1',
        time: first.time,
      }),
    );
    const session = await me.adapter.getSession?.('p2p-cs1');
    expect(session && isReadByPeer(first, session)).toBe(true);
    expect(session && isReadByPeer(second, session)).toBe(false);
    const theirs = await cs1.adapter.getSession?.('p2p-me');
    expect(theirs && isUnreadByMe(second, theirs)).toBe(true);
  });

  it('获取本地会话: getSession by id, getSessions by limit (newest first), getAllSessions', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    for (let i = 0; i < 12; i++) await say(me, `cs${i}`, `hello ${i}`);
    expect((await me.adapter.getSession?.('p2p-cs1'))?.lastMsg?.body).toBe('hello 1');
    expect(await me.adapter.getSession?.('p2p-nobody')).toBeNull();
    const page = await me.adapter.getSessions({ limit: 10 });
    expect(page.items.map((s) => s.to)).toEqual(
      Array.from({ length: 10 }, (_, i) => `cs${11 - i}`),
    );
    expect(page.hasMore).toBe(true);
    expect(await allSessions(me.adapter)).toHaveLength(12);
  });

  it('删除会话: local delete returns at the next init; delete with isSyncToServer does not', async () => {
    const { device } = await openCloud();
    const cs1 = await device('cs1');
    await say(cs1, 'me', 'a');
    await say(cs1, 'me', 'b');
    // first time init: deleteAllSessionsFromLocal
    const first = await device('me');
    await first.adapter.deleteSessions(['p2p-cs1'], { clearHistory: false });
    first.nim.session.deleteAllSessionsFromLocal();
    expect(await first.adapter.getSession?.('p2p-cs1')).toBeNull();
    await first.adapter.disconnect();
    // second time init: back; unpin when pinned, then delete with roaming
    const second = await device('me');
    await second.adapter.pin('p2p-cs1');
    const back = await second.adapter.getSession?.('p2p-cs1');
    expect(back?.stickTopInfo.isStickOnTop).toBe(true);
    await second.adapter.deleteSessions(['p2p-cs1'], { clearHistory: true, unpin: true });
    expect(await second.adapter.getSession?.('p2p-cs1')).toBeNull();
    await second.adapter.disconnect();
    // third time init: still gone
    const third = await device('me');
    expect(await findSession(third.adapter, 'p2p-cs1')).toBeUndefined();
  });

  it('重置会话未读数: resetSessionUnreadCount, or all of them', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await say(await device('cs2'), 'me', 'x');
    await say(await device('cs3'), 'me', 'y');
    await me.adapter.markSessionRead('p2p-cs2', Date.now());
    expect((await me.adapter.getSession?.('p2p-cs2'))?.unread).toBe(0);
    expect((await me.adapter.getSession?.('p2p-cs3'))?.unread).toBe(1);
    await me.adapter.markAllSessionsRead?.();
    expect((await allSessions(me.adapter)).map((s) => s.unread)).toEqual([0, 0]);
  });

  it('置顶会话: add, update and delete a stick-top session with ext; at most 50', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await say(me, 'cjhz1', 'hi');
    const added = await me.adapter.pin('p2p-cjhz1', 'extensions');
    expect(added).toMatchObject({ isStickOnTop: true, ext: 'extensions' });
    expect(added.createTime).toBe(added.updateTime);
    const updated = await me.adapter.updatePinExt('p2p-cjhz1', 'extensions_1');
    expect(updated).toMatchObject({
      isStickOnTop: true,
      ext: 'extensions_1',
      createTime: added.createTime,
    });
    expect((await me.adapter.unpin('p2p-cjhz1')).isStickOnTop).toBe(false);
    for (let i = 0; i < 50; i++) await me.adapter.pin(`p2p-u${i}`);
    await expectCode(me.adapter.pin('p2p-u50'), 'PIN_LIMIT');
  });

  it('对比 IM1: the active session stays read as messages arrive, and the peer gets receipts', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    const cs1 = await device('cs1');
    await say(cs1, 'me', 'before');
    const chat = await chatOn(me);
    chat.setActiveSession('p2p-cs1');
    await chat.openSession('p2p-cs1');
    const later = await say(cs1, 'me', 'while open');
    await eventually(() => {
      expect(selectSession(chat.store.getState(), 'p2p-cs1')?.unread ?? -1).toBe(0);
      expect(cs1.events).toContainEqual({
        type: 'p2pReceipt',
        sessionId: 'p2p-me',
        time: later.time,
      });
    });
    chat.setActiveSession(null);
    await say(cs1, 'me', 'after');
    await eventually(() => expect(selectSession(chat.store.getState(), 'p2p-cs1')?.unread).toBe(1));
  });
});
