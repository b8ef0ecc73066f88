import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import type { Scene } from '../model/SessionId.ts';
import { session, textMessage } from '../test/fixtures.ts';
import { isReadByPeer, isUnreadByMe, readStatus } from './receipts.ts';

describe('receipt predicates (seed 000, session object)', () => {
  const mine = textMessage({ idClient: 'm1', time: 1656587535333, from: 'me', peer: 'cs1' });
  const theirs = textMessage({ idClient: 't1', time: 1656587535333, from: 'cs1', peer: 'cs1' });

  it('my message is unread by the peer when msgFromSelf.time > session.msgReceiptTime', () => {
    expect(isReadByPeer(mine, session('cs1', { msgReceiptTime: mine.time - 1 }))).toBe(false);
    expect(isReadByPeer(mine, session('cs1', { msgReceiptTime: mine.time }))).toBe(true);
    expect(isReadByPeer(mine, session('cs1', { msgReceiptTime: mine.time + 1 }))).toBe(true);
  });

  it('a peer that never sent a receipt has read nothing', () => {
    expect(isReadByPeer({ time: 0 }, session('cs1'))).toBe(false);
  });

  it('their message is unread by me when msgFromOtherSide.time > session.ack', () => {
    expect(isUnreadByMe(theirs, session('cs1', { ack: theirs.time - 1 }))).toBe(true);
    expect(isUnreadByMe(theirs, session('cs1', { ack: theirs.time }))).toBe(false);
  });
});

describe('readStatus (rule 3, seed 004 states)', () => {
  const marks = { ack: 20, msgReceiptTime: 20 };
  const at = (from: string, time: number, status: Message['status'], scene: Scene = 'p2p') => ({
    from,
    time,
    status,
    scene,
  });

  it("reads mine as read once the peer's receipt covers it, in p2p only", () => {
    expect(readStatus(at('me', 20, 'sent'), 'me', marks)).toBe('read');
    expect(readStatus(at('me', 21, 'sent'), 'me', marks)).toBe('sent');
    expect(readStatus(at('me', 10, 'sent', 'team'), 'me', marks)).toBe('sent');
    expect(readStatus(at('me', 10, 'sending'), 'me', marks)).toBe('sending');
    expect(readStatus(at('me', 10, 'sendFailed'), 'me', marks)).toBe('sendFailed');
  });

  it('reads theirs as read once my ack covers it, in every scene', () => {
    expect(readStatus(at('bob', 20, 'unread'), 'me', marks)).toBe('read');
    expect(readStatus(at('bob', 21, 'unread'), 'me', marks)).toBe('unread');
    expect(readStatus(at('bob', 21, 'sent'), 'me', marks)).toBe('unread');
    expect(readStatus(at('bob', 10, 'unread', 'team'), 'me', marks)).toBe('read');
  });

  it('keeps statuses that the marks do not decide', () => {
    for (const status of ['read', 'receipt', 'refused', 'delete'] as const) {
      expect(readStatus(at('bob', 30, status), 'me', marks)).toBe(status);
    }
  });
});
