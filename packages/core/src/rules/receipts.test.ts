import { describe, expect, it } from 'vitest';
import { session, textMessage } from '../test/fixtures.ts';
import { isReadByPeer, isUnreadByMe } from './receipts.ts';

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
