import { describe, expect, it } from 'vitest';
import { ChatError } from '../model/ChatError.ts';
import { assertCanPin, MAX_PINS, mergeStickTop } from './pin.ts';

describe('pin (rule 4)', () => {
  it('allows 50 pins and rejects the 51st with PIN_LIMIT', () => {
    expect(MAX_PINS).toBe(50);
    expect(() => assertCanPin(49, false)).not.toThrow();
    let error: unknown;
    try {
      assertCanPin(50, false);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChatError);
    expect((error as ChatError).code).toBe('PIN_LIMIT');
  });

  it('re-pinning a pinned session is not a new pin', () => {
    expect(() => assertCanPin(50, true)).not.toThrow();
  });

  it('the later updateTime wins (seed 000 addStickTopSession then updateStickTopSession)', () => {
    const added = {
      isStickOnTop: true,
      createTime: 1659063314105,
      updateTime: 1659063314105,
      ext: 'extensions',
    };
    const updated = { ...added, ext: 'extensions_1', updateTime: 1659063314200 };
    const removed = { isStickOnTop: false, createTime: 0, updateTime: 1659063314300, ext: '' };
    expect(mergeStickTop(added, updated)).toBe(updated);
    expect(mergeStickTop(updated, added)).toBe(updated);
    expect(mergeStickTop(mergeStickTop(added, removed), updated)).toBe(removed);
  });
});
