import { ChatError } from '@parley/core';
import { withDeadline } from '@parley/core/rules';
import type { LiveNim } from './NimInstance.ts';
import { nimCall } from './nimErrors.ts';

/**
 * Signs the SDK instance in (`nim.connect()`) and waits for its login sync (`syncdone`): after
 * it the recent-session list holds what roaming and offline messages built, and history queries
 * see consistent unread counts (the SDK asks for `getHistoryMsgs` only after it).
 *
 * Both steps share one deadline. The SDK tries each link server in turn with its own timeouts,
 * and where a network drops packets instead of refusing them that takes long; an app waiting
 * on `connect` needs an answer, not a spinner.
 * @throws ChatError `TIMEOUT` when `timeoutMs` passes first; the SDK's failure otherwise
 */
export async function signIn(nim: LiveNim, timeoutMs: number): Promise<void> {
  let synced: () => void = () => undefined;
  // Listen before `connect`: the sync may finish before `connect` resolves.
  const sync = new Promise<void>((resolve) => {
    synced = () => resolve();
    nim.on('syncdone', synced);
  });
  const login = nimCall('connect', () => nim.connect()).then(() => sync);
  try {
    await withDeadline(
      login,
      timeoutMs,
      () =>
        new ChatError(
          'TIMEOUT',
          `NetEase IM did not sign in within ${timeoutMs / 1000} s: its servers may be unreachable from this network`,
        ),
    );
  } finally {
    nim.off('syncdone', synced);
  }
}
