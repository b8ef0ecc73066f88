import type { ChatAdapter } from '../model/ChatAdapter.ts';

/** How long a sender may recall a message by default, ms: the seeds' two minutes. */
export const DEFAULT_RECALL_WINDOW_MS = 120_000;

/** The adapter's recall window, or the seeds' default. */
export function recallWindowOf(adapter: Pick<ChatAdapter, 'recallWindowMs'>): number {
  return adapter.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
}
