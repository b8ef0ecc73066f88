import { describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { UserProfile } from '../model/User.ts';
import { createProfileLoader } from './ProfileLoader.ts';

function directory(fail = false) {
  const calls: string[][] = [];
  const adapter: Pick<ChatAdapter, 'getUsers'> = {
    async getUsers(accounts) {
      calls.push(accounts);
      if (fail) throw new Error('offline');
      return accounts.map((account) => ({ account, nick: account.toUpperCase() }));
    },
  };
  return { adapter: adapter as ChatAdapter, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ProfileLoader', () => {
  it('asks once per unknown account, batching the requests of one task', async () => {
    const { adapter, calls } = directory();
    const known = new Map<string, UserProfile>([['me', { account: 'me', nick: 'Me' }]]);
    const loader = createProfileLoader(
      adapter,
      (account) => known.has(account),
      (users) => {
        for (const user of users) known.set(user.account, user);
      },
      () => undefined,
    );
    loader.request(['me', 'ann', 'bob', 'ann', '']);
    loader.request(['cy']);
    await settle();
    expect(calls).toEqual([['ann', 'bob', 'cy']]);
    expect(known.get('bob')?.nick).toBe('BOB');

    loader.request(['ann', 'bob', 'dee']);
    await settle();
    expect(calls).toEqual([['ann', 'bob', 'cy'], ['dee']]);
  });

  it('asks again after a failure, and reports it', async () => {
    const { adapter, calls } = directory(true);
    const errors: unknown[] = [];
    const loader = createProfileLoader(
      adapter,
      () => false,
      () => undefined,
      (e) => errors.push(e),
    );
    loader.request(['ann']);
    await settle();
    loader.request(['ann']);
    await settle();
    expect(calls).toEqual([['ann'], ['ann']]);
    expect(errors).toHaveLength(2);
  });
});
