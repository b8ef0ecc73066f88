import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { memoryOutbox } from '../outbox/memoryOutbox.ts';
import type { OutboxEntry } from '../outbox/OutboxStorage.ts';
import { selectMessage } from '../store/selectors.ts';
import type { ChatContext } from './ChatContext.ts';
import { deliver } from './deliver.ts';
import { requestOf } from './outgoingMessage.ts';
import { defaultReceipt } from './sendActions.ts';

/**
 * Reads the signed-in account's outbox. A storage that cannot be opened (private browsing,
 * quota) is reported and replaced by memory, so sending still works in this page.
 */
export async function openOutbox(context: ChatContext): Promise<OutboxEntry[]> {
  try {
    return await context.outbox.load(context.state().me);
  } catch (error) {
    context.report(error);
    context.outbox = memoryOutbox();
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
export function restoreSends(context: ChatContext, entries: readonly OutboxEntry[]): void {
  const account = context.state().me;
  for (const entry of entries) {
    const { idClient, sessionId } = entry.message;
    // Still being sent by this chat (a sign-in without a reload).
    if (context.uploads.has(idClient)) continue;
    const shown = selectMessage(context.state().messages[sessionId], idClient);
    if (shown && !isPending(shown)) {
      context.outbox.remove(account, idClient).catch((error: unknown) => context.report(error));
      continue;
    }
    if (entry.file) context.files.set(idClient, entry.file);
    if (entry.needReceipt !== undefined) context.receiptRequests.set(idClient, entry.needReceipt);
    const message = withFreshUrl(entry.message, entry.file);
    if (message.status === 'sendFailed') {
      context.dispatch({ type: 'outgoing', message });
    } else if (entry.file) {
      const error = new ChatError('UPLOAD_FAILED', 'The upload stopped when the page closed');
      const failed: Message = { ...message, status: 'sendFailed', error: error.toJSON() };
      context.dispatch({ type: 'outgoing', message: failed });
      context.outbox.put({ ...entry, message: failed }).catch((e: unknown) => context.report(e));
    } else {
      context.dispatch({ type: 'outgoing', message: { ...message, status: 'sending' } });
      const needReceipt = entry.needReceipt ?? defaultReceipt(context, message);
      // Failures end `sendFailed` in the store; nobody awaits this send.
      deliver(context, message, (options) =>
        context.adapter.send(requestOf(message, undefined, needReceipt), options),
      ).catch(() => undefined);
    }
  }
}
