import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatError } from '../model/ChatError.ts';
import { withDeadline } from './withDeadline.ts';

const late = () => new ChatError('TIMEOUT', 'too slow');

afterEach(() => {
  vi.useRealTimers();
});

describe('withDeadline', () => {
  it('resolves with the work when it finishes first', async () => {
    await expect(withDeadline(Promise.resolve('done'), 1000, late)).resolves.toBe('done');
  });

  it('passes the work’s own failure through', async () => {
    const failed = Promise.reject(new ChatError('AUTH_FAILED', 'no'));
    await expect(withDeadline(failed, 1000, late)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('rejects with the timeout error when the deadline passes first', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => undefined);
    const waiting = expect(withDeadline(never, 50, late)).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    await vi.advanceTimersByTimeAsync(50);
    await waiting;
  });
});
