import { describe, expect, it } from 'vitest';
import { session, textMessage } from '../test/fixtures.ts';
import { countsTowardUnread, resetUnread } from './unread.ts';

describe('unread rule 2', () => {
  const incoming = textMessage({ idClient: 'a', time: 10, from: 'cs2', peer: 'cs2' });

  it('counts an incoming content message newer than ack', () => {
    expect(countsTowardUnread(incoming, 'me', 9)).toBe(true);
    expect(countsTowardUnread(incoming, 'me', 10)).toBe(false);
  });

  it('never counts my own messages', () => {
    expect(countsTowardUnread({ ...incoming, from: 'me' }, 'me', 0)).toBe(false);
  });

  it('counts tips only when marked countable', () => {
    const tip = textMessage({ idClient: 't', time: 10, from: 'cs2', peer: 'cs2', type: 'tip' });
    expect(countsTowardUnread(tip, 'me', 0)).toBe(false);
    expect(countsTowardUnread({ ...tip, countable: true }, 'me', 0)).toBe(true);
  });

  it('does not count a recalled message', () => {
    expect(countsTowardUnread({ ...incoming, recall: { by: 'cs2', time: 11 } }, 'me', 0)).toBe(
      false,
    );
  });

  it('resetSessionUnreadCount of p2p-cs2 leaves unread 0 and ack at lastMsg.time', () => {
    const cs2 = session('cs2', { unread: 3, ack: 2, lastMsg: incoming });
    const reset = resetUnread(cs2);
    expect(reset.unread).toBe(0);
    expect(reset.ack).toBe(10);
    expect(resetUnread(reset)).toBe(reset);
  });
});
