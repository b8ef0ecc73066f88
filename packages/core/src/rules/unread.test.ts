import { describe, expect, it } from 'vitest';
import { textMessage } from '../test/fixtures.ts';
import { countsTowardUnread } from './unread.ts';

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
});
