import { describe, expect, it } from 'vitest';
import { compareSessions } from '../rules/sessionOrder.ts';
import { recalled, session, textMessage } from '../test/fixtures.ts';
import { stateAfter } from '../test/stateAfter.ts';
import { tableValues } from './KeyedTable.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { selectMessage, selectSession } from './selectors.ts';

const from = (peer: string, idClient: string, time: number) =>
  textMessage({ idClient, time, from: peer, peer });
const receive = (peer: string, idClient: string, time: number): StoreEvent => ({
  type: 'message',
  message: from(peer, idClient, time),
});

describe('applyEvent: unread (rule 2)', () => {
  it('counts each incoming message once, however often it arrives', () => {
    const state = stateAfter('me', [
      receive('a', '1', 10),
      receive('a', '2', 11),
      receive('a', '1', 10),
    ]);
    expect(selectSession(state, 'p2p-a')?.unread).toBe(2);
  });

  it('does not count my own messages or tips', () => {
    const tip = textMessage({ idClient: 't', time: 12, from: 'a', peer: 'a', type: 'tip' });
    const mine = textMessage({ idClient: 'm', time: 13, from: 'me', peer: 'a' });
    const state = stateAfter('me', [
      { type: 'message', message: tip },
      { type: 'message', message: mine },
    ]);
    expect(selectSession(state, 'p2p-a')?.unread).toBe(0);
    expect(selectSession(state, 'p2p-a')?.lastMsg?.idClient).toBe('m');
  });

  it('a reset clears once; later messages count again', () => {
    const state = stateAfter('me', [
      receive('a', '1', 10),
      { type: 'reset', sessionId: 'p2p-a' },
      receive('a', '2', 20),
    ]);
    expect(selectSession(state, 'p2p-a')).toMatchObject({ unread: 1, ack: 10 });
  });

  it('the active session stays at 0 and its ack follows each message (seed 000, IM1)', () => {
    const state = stateAfter('me', [
      receive('a', '1', 10),
      { type: 'activate', sessionId: 'p2p-a' },
      receive('a', '2', 20),
      receive('a', '3', 30),
    ]);
    expect(selectSession(state, 'p2p-a')).toMatchObject({ unread: 0, ack: 30 });
  });

  it('another device reading (sessionRead) clears up to its ack only', () => {
    const state = stateAfter('me', [
      receive('a', '1', 10),
      receive('a', '2', 20),
      { type: 'sessionRead', sessionId: 'p2p-a', ack: 10 },
      { type: 'sessionRead', sessionId: 'p2p-a', ack: 5 },
    ]);
    expect(selectSession(state, 'p2p-a')).toMatchObject({ unread: 1, ack: 10 });
  });

  it('recalling an unread message lowers the count, and a recall before its message still ends recalled', () => {
    const m = from('a', '1', 10);
    const tomb = recalled(m, 'a', 15);
    const inOrder = stateAfter('me', [
      { type: 'message', message: m },
      { type: 'recall', message: tomb },
    ]);
    const reversed = stateAfter('me', [
      { type: 'recall', message: tomb },
      { type: 'message', message: m },
    ]);
    for (const state of [inOrder, reversed]) {
      expect(selectSession(state, 'p2p-a')?.unread).toBe(0);
      expect(selectSession(state, 'p2p-a')?.lastMsg?.recall?.by).toBe('a');
    }
  });

  it('does not double count messages the server snapshot already counted', () => {
    const last = from('a', '3', 30);
    const snapshot = session('a', { unread: 3, ack: 5, updateTime: 30, lastMsg: last });
    const state = stateAfter('me', [
      { type: 'sessionSnapshots', sessions: [snapshot] },
      receive('a', '2', 20),
      { type: 'message', message: last },
      receive('a', '4', 40),
    ]);
    expect(selectSession(state, 'p2p-a')?.unread).toBe(4);
  });

  it('a recall inside the server count lowers it once, also after a newer count arrives', () => {
    const two = from('a', '2', 20);
    const last = from('a', '3', 30);
    const counted = session('a', { unread: 3, ack: 5, updateTime: 30, lastMsg: last });
    const recall: StoreEvent = { type: 'recall', message: recalled(two, 'a', 35) };
    const afterRecall = stateAfter('me', [
      { type: 'sessionSnapshots', sessions: [counted] },
      recall,
    ]);
    expect(selectSession(afterRecall, 'p2p-a')?.unread).toBe(2);
    // Signed in again: the server's count already leaves the recalled message out.
    const recounted = { ...counted, unread: 2 };
    const state = stateAfter(
      'me',
      [{ type: 'sessionSnapshots', sessions: [recounted] }, recall],
      afterRecall,
    );
    expect(selectSession(state, 'p2p-a')?.unread).toBe(2);
  });

  it('a recalled message met in a history page stops counting, without lowering the server count', () => {
    const two = from('a', '2', 20);
    const counted = session('a', {
      unread: 1,
      ack: 5,
      updateTime: 10,
      lastMsg: from('a', '1', 10),
    });
    const page = (message: typeof two): StoreEvent => ({
      type: 'historyPage',
      sessionId: 'p2p-a',
      direction: 'newer',
      page: { items: [message], cursor: '', hasMore: false },
    });
    const state = stateAfter('me', [
      { type: 'sessionSnapshots', sessions: [counted] },
      { type: 'message', message: two },
      page(recalled(two, 'a', 25)),
    ]);
    expect(selectSession(state, 'p2p-a')?.unread).toBe(1);
    // A late copy of the plain message does not count again.
    expect(
      selectSession(stateAfter('me', [{ type: 'message', message: two }], state), 'p2p-a')?.unread,
    ).toBe(1);
  });
});

describe('applyEvent: receipts, pins, server fields', () => {
  it('p2p receipt time only grows', () => {
    const state = stateAfter('me', [
      receive('a', '1', 10),
      { type: 'p2pReceipt', sessionId: 'p2p-a', time: 9 },
      { type: 'p2pReceipt', sessionId: 'p2p-a', time: 3 },
    ]);
    expect(selectSession(state, 'p2p-a')?.msgReceiptTime).toBe(9);
  });

  it('pins go first and the later pin update wins', () => {
    const pinned = { isStickOnTop: true, createTime: 50, updateTime: 50, ext: '' };
    const unpinned = { isStickOnTop: false, createTime: 0, updateTime: 60, ext: '' };
    const base = [receive('a', '1', 10), receive('b', '2', 20)];
    const pinnedState = stateAfter('me', [
      ...base,
      { type: 'pin', sessionId: 'p2p-a', stickTopInfo: pinned },
    ]);
    expect(pinnedState.sessions.order).toEqual(['p2p-a', 'p2p-b']);
    const late = stateAfter('me', [
      ...base,
      { type: 'pin', sessionId: 'p2p-a', stickTopInfo: unpinned },
      { type: 'pin', sessionId: 'p2p-a', stickTopInfo: pinned },
    ]);
    expect(late.sessions.order).toEqual(['p2p-b', 'p2p-a']);
  });

  it('a server ext on a missing session creates it without lastMsg; later writes win', () => {
    const state = stateAfter('me', [
      {
        type: 'sessionUpdated',
        session: { id: 'team-1', scene: 'team', to: '1', ext: 'new' },
        time: 20,
      },
      {
        type: 'sessionUpdated',
        session: { id: 'team-1', scene: 'team', to: '1', ext: 'old' },
        time: 10,
      },
    ]);
    expect(selectSession(state, 'team-1')).toMatchObject({
      ext: 'new',
      lastMsg: null,
      updateTime: 20,
    });
  });

  it('team receipts only move toward read, also before the message arrives', () => {
    const teamMsg = {
      ...textMessage({ idClient: 'm', time: 10, from: 'me', peer: 'x' }),
      scene: 'team' as const,
      sessionId: 'team-1',
      to: '1',
    };
    const state = stateAfter('me', [
      { type: 'teamReceipt', sessionId: 'team-1', idClient: 'm', read: 3, unread: 1 },
      {
        type: 'historyPage',
        sessionId: 'team-1',
        direction: 'latest',
        page: { items: [teamMsg], cursor: '', hasMore: false },
      },
      { type: 'teamReceipt', sessionId: 'team-1', idClient: 'm', read: 2, unread: 2 },
    ]);
    expect(selectMessage(state.messages['team-1'], 'm')?.teamReceipt).toEqual({
      read: 3,
      unread: 1,
    });
  });
});

describe('applyEvent: delete (rule 5)', () => {
  it('hides a session deleted at T; a message at or before T stays hidden, a newer one revives it', () => {
    const deleted: StoreEvent = {
      type: 'sessionsDeleted',
      sessionIds: ['p2p-a'],
      time: 20,
      clearHistory: true,
    };
    const hidden = stateAfter('me', [
      receive('a', '1', 10),
      receive('a', '2', 20),
      deleted,
      receive('a', '1', 10),
    ]);
    expect(selectSession(hidden, 'p2p-a')).toBeUndefined();
    expect(hidden.sessions.order).toEqual([]);
    const revived = stateAfter('me', [receive('a', '3', 30)], hidden);
    expect(selectSession(revived, 'p2p-a')).toMatchObject({ unread: 1, updateTime: 30 });
  });

  it('delete keeps the pin unless asked', () => {
    const pinned = { isStickOnTop: true, createTime: 5, updateTime: 5, ext: '' };
    const state = stateAfter('me', [
      receive('a', '1', 10),
      { type: 'pin', sessionId: 'p2p-a', stickTopInfo: pinned },
      { type: 'localDelete', sessionIds: ['p2p-a'], clearHistory: false },
      receive('a', '2', 20),
    ]);
    expect(selectSession(state, 'p2p-a')?.stickTopInfo.isStickOnTop).toBe(true);
  });

  it('one-sided history delete removes messages from the window and the count', () => {
    const state = stateAfter('me', [
      {
        type: 'historyPage',
        sessionId: 'p2p-a',
        direction: 'latest',
        page: { items: [], cursor: '', hasMore: false },
      },
      receive('a', '1', 10),
      receive('a', '2', 20),
      { type: 'historyDeleted', sessionId: 'p2p-a', idClients: ['2'], time: 25 },
      receive('a', '2', 20),
    ]);
    expect(state.messages['p2p-a']?.ids).toEqual(['1']);
    expect(selectSession(state, 'p2p-a')).toMatchObject({ unread: 1, updateTime: 20 });
    expect(selectSession(state, 'p2p-a')?.lastMsg?.idClient).toBe('1');
  });
});

describe('applyEvent: structural sharing', () => {
  const base = stateAfter('me', [
    receive('a', '1', 10),
    receive('b', '2', 20),
    receive('c', '3', 30),
  ]);

  it('a new message in A keeps B identical, and the order when A stays put', () => {
    const next = stateAfter('me', [receive('c', '4', 40)], base);
    expect(selectSession(next, 'p2p-a')).toBe(selectSession(base, 'p2p-a'));
    expect(selectSession(next, 'p2p-b')).toBe(selectSession(base, 'p2p-b'));
    expect(next.sessions.order).toBe(base.sessions.order);
    expect(selectSession(next, 'p2p-c')).not.toBe(selectSession(base, 'p2p-c'));
  });

  it('a duplicate returns the very same state', () => {
    expect(stateAfter('me', [receive('b', '2', 20)], base)).toBe(base);
  });
});

describe('applyEvent: session pages', () => {
  it('merges a large snapshot page into the existing order in display order', () => {
    const existing = stateAfter('me', [receive('a', '1', 15), receive('b', '2', 35)]);
    const page = Array.from({ length: 20 }, (_, i) =>
      session(`s${i}`, { updateTime: i * 2 + 1, unread: 1 }),
    );
    const pinnedB = session('b', {
      updateTime: 35,
      stickTopInfo: { isStickOnTop: true, createTime: 9, updateTime: 9, ext: '' },
    });
    const next = stateAfter(
      'me',
      [{ type: 'sessionSnapshots', sessions: [...page, pinnedB] }],
      existing,
    );
    const expected = tableValues(next.sessions.byId)
      .sort(compareSessions)
      .map((s) => s.id);
    expect(next.sessions.order).toEqual(expected);
    expect(next.sessions.order[0]).toBe('p2p-b');
    expect(next.sessions.order).toHaveLength(22);
    expect(selectSession(next, 'p2p-a')).toBe(selectSession(existing, 'p2p-a'));
  });
});
