import { describe, expect, it } from 'vitest';
import { ChatError, isChatError, toChatError } from './ChatError.ts';

describe('ChatError', () => {
  it('carries a stable code and serializes to plain data', () => {
    const error = new ChatError('PIN_LIMIT', 'At most 50 sessions can be pinned', {
      details: { limit: 50 },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('PIN_LIMIT');
    expect(error.details).toEqual({ limit: 50 });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'PIN_LIMIT',
      message: 'At most 50 sessions can be pinned',
    });
  });

  it('wraps foreign throws without losing the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toChatError(cause, 'SEND_FAILED');
    expect(wrapped.code).toBe('SEND_FAILED');
    expect(wrapped.message).toBe('boom');
    expect(wrapped.cause).toBe(cause);
    expect(toChatError('text thrown').code).toBe('INTERNAL');
  });

  it('passes ChatErrors through and recognises copies from another bundle', () => {
    const original = new ChatError('TIMEOUT', 't');
    expect(toChatError(original)).toBe(original);
    expect(isChatError({ name: 'ChatError', code: 'TIMEOUT', message: 't' })).toBe(true);
    expect(isChatError(new Error('x'))).toBe(false);
  });
});
