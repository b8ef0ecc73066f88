import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { UserProfile } from '../model/User.ts';

/**
 * Fetches the profiles of accounts the store does not know yet (team members who never
 * wrote to me directly, forwarded senders): each account once, batched per task, so a
 * history page of 30 senders costs one `getUsers` call. Without `getUsers` it does nothing
 * and the UI shows account ids.
 */
export interface ProfileLoader {
  /** Asks for these accounts' profiles unless known or already asked for. */
  request(accounts: Iterable<string>): void;
}

/** Builds a {@link ProfileLoader} that hands the profiles it gets to `receive`. */
export function createProfileLoader(
  adapter: ChatAdapter,
  isKnown: (account: string) => boolean,
  receive: (users: UserProfile[]) => void,
  report: (error: unknown) => void,
): ProfileLoader {
  const asked = new Set<string>();
  let pending: string[] = [];
  const flush = () => {
    const accounts = pending;
    pending = [];
    adapter.getUsers?.(accounts).then(receive, (error: unknown) => {
      // Let a later message ask again.
      for (const account of accounts) asked.delete(account);
      report(error);
    });
  };
  return {
    request(accounts) {
      if (!adapter.getUsers) return;
      for (const account of accounts) {
        if (!account || asked.has(account) || isKnown(account)) continue;
        asked.add(account);
        pending.push(account);
        if (pending.length === 1) queueMicrotask(flush);
      }
    },
  };
}
