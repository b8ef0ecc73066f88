import type { ChatError } from '../model/ChatError.ts';

/**
 * Waits for `work` until `ms` pass, then rejects with `timeout()`. For sign-ins through vendor
 * SDKs that retry on their own for minutes where a network drops packets: an app waiting on
 * `connect` needs an answer, not a spinner.
 */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  timeout: () => ChatError,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
