import { ChatError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from './retryWhileBusy.ts';

/** A failed request as XmppLink reports it: a ChatError caused by the server's stanza error. */
function failure(type: string, condition: string): ChatError {
  return new ChatError('INTERNAL', `XMPP request failed: ${condition}`, {
    cause: Object.assign(new Error(condition), { type, condition }),
  });
}

describe('retryWhileBusy', () => {
  it('asks again while the server says to wait, then resolves', async () => {
    let calls = 0;
    const answer = await retryWhileBusy(async () => {
      calls += 1;
      if (calls < 3) throw failure('wait', 'internal-server-error');
      return 'created';
    });
    expect(answer).toBe('created');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with the server error', async () => {
    let calls = 0;
    const busy = failure('wait', 'resource-constraint');
    const result = retryWhileBusy(async () => {
      calls += 1;
      throw busy;
    }, 3);
    await expect(result).rejects.toBe(busy);
    expect(calls).toBe(3);
  });

  it('does not repeat a request the server refused for good', async () => {
    let calls = 0;
    const refused = failure('cancel', 'conflict');
    await expect(
      retryWhileBusy(async () => {
        calls += 1;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
