import { selectSession, sessionList } from '@parley/core';
import { queryLocalSessions } from '@parley/core/rules';
import { findSession } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { chatOn, eventually, openCloud, say } from './test/seedHarness.ts';

// Seed 001: the classic SDK's recent sessions (onsessions, setCurrSession, getLocalSessions …),
// which Parley's Chat offers on top of the adapter.
describe('seed 001 · Recent session', () => {
  it('Generation rules / onsessions, onupdatesession: the list at login, updated by messages', async () => {
    const { device } = await openCloud();
    await say(await device('bob'), 'me', 'hi');
    const chat = await chatOn(await device('me'));
    expect(sessionList(chat.store.getState()).map((s) => s.id)).toEqual(['p2p-bob']);
    await say(await device('carol'), 'me', 'hey');
    await eventually(() =>
      expect(sessionList(chat.store.getState()).map((s) => s.id)).toEqual(['p2p-carol', 'p2p-bob']),
    );
  });

  it('Set current session / Reset current session: no unread while current, counted again after', async () => {
    const { device } = await openCloud();
    const bob = await device('bob');
    await say(bob, 'me', 'one');
    const chat = await chatOn(await device('me'));
    const unread = () => selectSession(chat.store.getState(), 'p2p-bob')?.unread;
    chat.setActiveSession('p2p-bob');
    await eventually(() => expect(unread()).toBe(0));
    await say(bob, 'me', 'two');
    await eventually(() =>
      expect(selectSession(chat.store.getState(), 'p2p-bob')?.lastMsg?.body).toBe('two'),
    );
    expect(unread()).toBe(0);
    chat.setActiveSession(null);
    await say(bob, 'me', 'three');
    await eventually(() => expect(unread()).toBe(1));
  });

  it('Reset unread count of sessions / of all sessions: later messages count again', async () => {
    const { device } = await openCloud();
    const bob = await device('bob');
    await say(bob, 'me', 'one');
    await say(await device('carol'), 'me', 'x');
    const me = await device('me');
    const chat = await chatOn(me);
    await chat.markSessionRead('p2p-bob');
    expect(selectSession(chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
    await say(bob, 'me', 'two');
    await eventually(() => expect(selectSession(chat.store.getState(), 'p2p-bob')?.unread).toBe(1));
    await chat.markAllRead();
    expect(sessionList(chat.store.getState()).map((s) => s.unread)).toEqual([0, 0]);
    expect((await findSession(me.adapter, 'p2p-carol'))?.unread).toBe(0);
  });

  it('Get a list of local sessions / Designate lastMsg type: lastSessionId, limit ≤ 100, reverse, exclude', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    for (const peer of ['a', 'b', 'c']) await say(me, peer, `to ${peer}`);
    await me.adapter.send({
      idClient: 'tip-d',
      scene: 'p2p',
      to: 'd',
      type: 'tip',
      body: 'welcome',
    });
    const chat = await chatOn(me);
    const list = sessionList(chat.store.getState());
    expect(queryLocalSessions(list, { limit: 2 }).map((s) => s.to)).toEqual(['d', 'c']);
    expect(
      queryLocalSessions(list, { lastSessionId: 'p2p-c', limit: 500 }).map((s) => s.to),
    ).toEqual(['b', 'a']);
    expect(queryLocalSessions(list, { reverse: true, limit: 1 }).map((s) => s.to)).toEqual(['a']);
    expect(queryLocalSessions(list, { excludeLastMsgTypes: ['tip'] }).map((s) => s.to)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('Insert / update local sessions: newest empty session; localCustom never reaches the server', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    await say(me, 'bob', 'hi');
    const chat = await chatOn(me);
    const inserted = chat.insertLocalSession({ scene: 'p2p', to: 'account' });
    expect(sessionList(chat.store.getState())[0]?.id).toBe(inserted.id);
    chat.updateLocalSession('p2p-bob', { key: 'value' });
    expect(selectSession(chat.store.getState(), 'p2p-bob')?.localCustom).toEqual({ key: 'value' });
    expect((await findSession(me.adapter, 'p2p-bob'))?.localCustom).toEqual({});
  });

  it('Delete local sessions / Delete sessions in server (in batches)', async () => {
    const { device } = await openCloud();
    await say(await device('bob'), 'me', 'b');
    await say(await device('carol'), 'me', 'c');
    await say(await device('dave'), 'me', 'd');
    const first = await device('me');
    const chat = await chatOn(first);
    await chat.deleteSession('p2p-bob');
    await chat.deleteSessions(['p2p-carol', 'p2p-dave'], { clearHistory: true });
    expect(sessionList(chat.store.getState())).toEqual([]);
    await first.adapter.disconnect();
    const next = await device('me');
    expect((await next.adapter.getSessions({})).items.map((s) => s.id)).toEqual(['p2p-bob']);
  });

  it('Server sessions list / onSyncUpdateServerSession: an ext change reaches my other devices', async () => {
    const { device } = await openCloud();
    const phone = await device('me', true);
    const laptop = await device('me', true);
    await phone.adapter.setSessionExt?.('p2p-bob', 'starred');
    await eventually(() =>
      expect(laptop.events).toContainEqual(
        expect.objectContaining({
          type: 'sessionUpdated',
          session: { id: 'p2p-bob', scene: 'p2p', to: 'bob', ext: 'starred' },
        }),
      ),
    );
  });
});
