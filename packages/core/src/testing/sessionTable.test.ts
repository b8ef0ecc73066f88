import { describe, expect, it } from 'vitest';
import { recalled, session, textMessage } from '../test/fixtures.ts';
import { applyMessageToSession, applyRecallToSession, resetUnread } from './sessionTable.ts';

describe('session generation (rule 1)', () => {
  const first = textMessage({ idClient: 'a', time: 100, from: 'cs1', peer: 'cs1' });
  const second = textMessage({ idClient: 'b', time: 200, from: 'me', peer: 'cs1' });

  it('creates p2p-cs1 from a received message with lastMsg, updateTime and unread', () => {
    const created = applyMessageToSession(undefined, first, { me: 'me' });
    expect(created).toMatchObject({
      id: 'p2p-cs1',
      scene: 'p2p',
      to: 'cs1',
      updateTime: 100,
      unread: 1,
    });
    expect(created.lastMsg).toBe(first);
  });

  it('a sent message moves lastMsg and updateTime but not unread', () => {
    const created = applyMessageToSession(undefined, first, { me: 'me' });
    const updated = applyMessageToSession(created, second, { me: 'me' });
    expect(updated.lastMsg).toBe(second);
    expect(updated.updateTime).toBe(200);
    expect(updated.unread).toBe(1);
  });

  it('an older message does not replace a newer lastMsg', () => {
    const withSecond = applyMessageToSession(undefined, second, { me: 'me' });
    expect(applyMessageToSession(withSecond, first, { me: 'me' }).lastMsg).toBe(second);
  });

  it('the active session stays at 0 and acknowledges', () => {
    const active = applyMessageToSession(undefined, first, { me: 'me', active: true });
    expect(active.unread).toBe(0);
    expect(active.ack).toBe(100);
  });

  it('a recall notice replaces lastMsg and lowers the unread count', () => {
    const created = applyMessageToSession(undefined, first, { me: 'me' });
    const after = applyRecallToSession(created, recalled(first, 'cs1', 150), 'me');
    expect(after.lastMsg?.recall).toEqual({ by: 'cs1', time: 150 });
    expect(after.unread).toBe(0);
  });
});

describe('unread rule 2', () => {
  const incoming = textMessage({ idClient: 'a', time: 10, from: 'cs2', peer: 'cs2' });

  it('resetSessionUnreadCount of p2p-cs2 leaves unread 0 and ack at lastMsg.time', () => {
    const cs2 = session('cs2', { unread: 3, ack: 2, lastMsg: incoming });
    const reset = resetUnread(cs2);
    expect(reset.unread).toBe(0);
    expect(reset.ack).toBe(10);
    expect(resetUnread(reset)).toBe(reset);
  });
});
