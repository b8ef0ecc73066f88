import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { memoryOutbox } from '../outbox/memoryOutbox.ts';
import type { OutboxEntry } from '../outbox/OutboxStorage.ts';
import { selectMessage } from '../store/selectors.ts';
import { type Delivery, deliver } from './deliver.ts';
import type { EventQueue } from './EventQueue.ts';
import { asksReceipt, requestOf } from './outgoingMessage.ts';
import type { Sends } from './Sends.ts';

/**
 * Reads the signed-in account's outbox. A storage that cannot be opened (private browsing,
 * quota) is reported and replaced by memory, so sending still works in this page.
 */
export async function openOutbox(events: EventQueue, sends: Sends): Promise<OutboxEntry[]> {
  try {
    return await sends.outbox.load(events.state().me);
  } catch (error) {
    events.report(error);
    sends.outbox = memoryOutbox();
    return [];
  }
}

function isPending(message: Message | undefined): boolean {
  return message?.status === 'sending' || message?.status === 'sendFailed';
}

/** A file message's preview URL, made again from the kept file (the old one died with the page). */
function withFreshUrl(message: Message, file: Blob | undefined): Message {
  if (!file || !message.attach || !('url' in message.attach)) return message;
  if (typeof URL.createObjectURL !== 'function') return message;
  return { ...message, attach: { ...message.attach, url: URL.createObjectURL(file) } } as Message;
}

/**
 * Puts the outbox's sends back where the user saw them, after a reload or a sign-in: each
 * enters the store as it was; text-like sends go out again with the same `idClient` (the
 * adapter is idempotent on it), a file upload that was cut off shows failed with Resend.
 */
export function restoreSends(
  context: Delivery & { adapter: ChatAdapter; teamReceipts: boolean },
  entries: readonly OutboxEntry[],
): void {
  const { events, sends } = context;
  const account = events.state().me;
  for (const entry of entries) {
    const { idClient, sessionId } = entry.message;
    // Still being sent by this chat (a sign-in without a reload).
    if (sends.uploads.has(idClient)) continue;
    const shown = selectMessage(events.state().messages[sessionId], idClient);
    if (shown && !isPending(shown)) {
      sends.outbox.remove(account, idClient).catch((error: unknown) => events.report(error));
      continue;
    }
    if (entry.file) sends.files.set(idClient, entry.file);
    if (entry.needReceipt !== undefined) sends.receiptRequests.set(idClient, entry.needReceipt);
    const message = withFreshUrl(entry.message, entry.file);
    if (message.status === 'sendFailed') {
      events.dispatch({ type: 'outgoing', message });
    } else if (entry.file) {
      const error = new ChatError('UPLOAD_FAILED', 'The upload stopped when the page closed');
      const failed: Message = { ...message, status: 'sendFailed', error: error.toJSON() };
      events.dispatch({ type: 'outgoing', message: failed });
      sends.outbox.put({ ...entry, message: failed }).catch((e: unknown) => events.report(e));
    } else {
      events.dispatch({ type: 'outgoing', message: { ...message, status: 'sending' } });
      const needReceipt = entry.needReceipt ?? asksReceipt(message, context.teamReceipts);
      // Failures end `sendFailed` in the store; nobody awaits this send.
      deliver(context, message, (options) =>
        context.adapter.send(requestOf(message, undefined, needReceipt), options),
      ).catch(() => undefined);
    }
  }
}
