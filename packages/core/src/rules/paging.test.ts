import { describe, expect, it } from 'vitest';
import type { Page } from '../model/ChatAdapter.ts';
import { clampPageSize, MAX_SMALL_PAGE_SIZE, pageAfter, toPage } from './paging.ts';

describe('paging (rules 6 and 7)', () => {
  it('clamps page sizes into [1, 100] and [1, 50], never an error', () => {
    expect(clampPageSize(0)).toBe(1);
    expect(clampPageSize(-5)).toBe(1);
    expect(clampPageSize(500)).toBe(100);
    expect(clampPageSize(Number.NaN, 100, 20)).toBe(20);
    expect(clampPageSize(undefined, MAX_SMALL_PAGE_SIZE, 20)).toBe(20);
    expect(clampPageSize(80, MAX_SMALL_PAGE_SIZE)).toBe(50);
    expect(clampPageSize(7.9)).toBe(7);
  });

  it('Easemob getServerConversations: a short page has cursor "" and means the end (seed 002)', () => {
    const conversations = Array.from({ length: 120 }, (_, i) => `c${i}`);
    const pages: string[][] = [];
    let cursor: string | undefined = '';
    do {
      const page: Page<string> = pageAfter(conversations, { cursor, limit: 50 }, (c) => c);
      pages.push(page.items);
      expect(page.hasMore).toBe(page.cursor !== '');
      cursor = page.cursor || undefined;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pages.flat()).toEqual(conversations);
  });

  it('a full page carries the cursor of its last item', () => {
    expect(toPage([1, 2], 2, String)).toEqual({ items: [1, 2], cursor: '2', hasMore: true });
    expect(toPage([1], 2, String)).toEqual({ items: [1], cursor: '', hasMore: false });
  });

  it('an unknown cursor yields an empty last page', () => {
    expect(pageAfter(['a'], { cursor: 'zz', limit: 5 }, (c) => c)).toEqual({
      items: [],
      cursor: '',
      hasMore: false,
    });
  });
});
