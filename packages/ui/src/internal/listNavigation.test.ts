import { describe, expect, it } from 'vitest';
import { findByPrefix, nextIndex } from './listNavigation.ts';

describe('nextIndex', () => {
  it('moves by one, by a page and to the ends, stopping at the edges', () => {
    expect(nextIndex('ArrowDown', 0, 10, 4)).toBe(1);
    expect(nextIndex('ArrowDown', 9, 10, 4)).toBe(9);
    expect(nextIndex('ArrowUp', 0, 10, 4)).toBe(0);
    expect(nextIndex('PageDown', 8, 10, 4)).toBe(9);
    expect(nextIndex('PageUp', 5, 10, 4)).toBe(1);
    expect(nextIndex('PageDown', 0, 10, 0)).toBe(1);
    expect(nextIndex('Home', 5, 10, 4)).toBe(0);
    expect(nextIndex('End', 5, 10, 4)).toBe(9);
  });

  it('ignores other keys and empty lists, and clamps a stale index', () => {
    expect(nextIndex('a', 0, 10, 4)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0, 4)).toBeNull();
    expect(nextIndex('ArrowUp', 50, 10, 4)).toBe(8);
  });
});

describe('findByPrefix', () => {
  const names = ['Alice', 'Bob', 'alan', 'Bea', 'Carol'];
  it('finds the next name with the prefix, case-insensitively, wrapping', () => {
    expect(findByPrefix(names, 'ca', 0)).toBe(4);
    expect(findByPrefix(names, 'al', 1)).toBe(2);
    expect(findByPrefix(names, 'zz', 0)).toBe(-1);
  });
  it('cycles through names starting with a repeated letter', () => {
    expect(findByPrefix(names, 'b', 1)).toBe(3);
    expect(findByPrefix(names, 'bb', 3)).toBe(1);
  });
  it('keeps the current row while a longer prefix still matches it', () => {
    expect(findByPrefix(names, 'bo', 1)).toBe(1);
  });
});
