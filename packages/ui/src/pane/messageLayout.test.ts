import type { Message } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { textMessage } from '../test/fixtures.ts';
import { firstUnreadIndex, GROUP_WINDOW_MS, rowLayout } from './messageLayout.ts';

const day = (d: number, h = 12) => new Date(2024, 2, d, h).getTime();

describe('rowLayout', () => {
  const messages: Message[] = [
    textMessage('a', { time: day(4) }),
    textMessage('b', { time: day(4) + 60_000 }),
    textMessage('c', { time: day(4) + 60_000 + GROUP_WINDOW_MS }),
    textMessage('d', { time: day(5), from: 'me' }),
    { ...textMessage('e', { time: day(5) + 1000 }), type: 'tip' },
    textMessage('f', { time: day(5) + 2000 }),
  ];

  it('labels day changes and groups one sender within the window', () => {
    const layout = messages.map((_, i) => rowLayout(messages, i));
    expect(layout.map((l) => l.showDate)).toEqual([true, false, false, true, false, false]);
    expect(layout.map((l) => l.grouped)).toEqual([false, true, false, false, false, false]);
  });

  it('leaves the first day unlabelled while older pages may follow', () => {
    expect(rowLayout(messages, 0, false).showDate).toBe(false);
    expect(rowLayout(messages, 3, false).showDate).toBe(true);
  });
});

describe('firstUnreadIndex', () => {
  const messages = [
    textMessage('read', { time: 100 }),
    textMessage('mine', { time: 200, from: 'me' }),
    textMessage('new 1', { time: 300 }),
    textMessage('new 2', { time: 400 }),
  ];

  it('finds the first countable message newer than the read mark', () => {
    expect(firstUnreadIndex(messages, { ack: 100, unread: 2 }, 'me')).toBe(2);
  });

  it('waits for the read part while older pages may hold the first unread message', () => {
    const unreadOnly = messages.slice(2);
    expect(firstUnreadIndex(unreadOnly, { ack: 100, unread: 5 }, 'me', false)).toBe(-1);
    expect(firstUnreadIndex(unreadOnly, { ack: 100, unread: 5 }, 'me', true)).toBe(0);
    expect(firstUnreadIndex(messages, { ack: 100, unread: 2 }, 'me', false)).toBe(2);
  });

  it('is -1 when nothing was unread', () => {
    expect(firstUnreadIndex(messages, { ack: 100, unread: 0 }, 'me')).toBe(-1);
    expect(firstUnreadIndex(messages, null, 'me')).toBe(-1);
  });
});
