import { ChatError } from '@parley/core';
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Listen before `connect`: the sync may finish before `connect` resolves.
  const sync = new Promise<void>((resolve) => {
    synced = () => resolve();
    nim.on('syncdone', synced);
  });
  const login = nimCall('connect', () => nim.connect()).then(() => sync);
  // After the deadline nobody awaits the login: keep its late failure from being unhandled.
  login.catch(() => undefined);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ChatError(
            'TIMEOUT',
            `NetEase IM did not sign in within ${timeoutMs / 1000} s: its servers may be unreachable from this network`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([login, deadline]);
  } finally {
    clearTimeout(timer);
    nim.off('syncdone', synced);
  }
}
