import { ChatError } from '@parley/core';
import type { LiveNim } from './NimInstance.ts';

/**
 * Waits for the SDK's `syncdone`: after it the recent-session list holds what roaming and
 * offline messages built, and history queries see consistent unread counts (the SDK asks for
 * `getHistoryMsgs` only after it). Listen before `connect`, since the sync may finish first.
 */
export function waitForSync(
  nim: LiveNim,
  timeoutMs: number,
): { done: Promise<void>; cancel(): void } {
  let cancel: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      nim.off('syncdone', finish);
      resolve();
    };
    const timer = setTimeout(() => {
      nim.off('syncdone', finish);
      reject(new ChatError('TIMEOUT', `The login sync did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    cancel = () => {
      clearTimeout(timer);
      nim.off('syncdone', finish);
    };
    nim.on('syncdone', finish);
  });
  // A cancelled wait is never awaited: keep its rejection from being unhandled.
  done.catch(() => undefined);
  return { done, cancel };
}
