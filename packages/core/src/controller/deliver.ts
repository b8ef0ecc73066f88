import type { SendOptions } from '../model/ChatAdapter.ts';
import { ChatError, type ChatErrorInfo, toChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { selectMessage } from '../store/selectors.ts';
import type { ConnectionWatch } from './ConnectionWatch.ts';
import type { EventQueue } from './EventQueue.ts';
import type { Sends } from './Sends.ts';

/** What delivering a send works with. */
export interface Delivery {
  events: EventQueue;
  sends: Sends;
  connection: ConnectionWatch;
  /** Asks the server for a session the store knows only from live messages. */
  reconcile(sessionId: SessionId): void;
}

/** Runs one attempt of a send through the adapter. */
export type SendAttempt = (options: Required<SendOptions>) => Promise<Message>;

function aborted(signal: AbortSignal): Promise<never> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Writes the send's outbox entry as the store shows it; the write is issued at once. */
function keep(context: Delivery, account: string, message: Message): void {
  const { idClient } = message;
  const file = context.sends.files.get(idClient);
  const needReceipt = context.sends.receiptRequests.get(idClient);
  context.sends.outbox
    .put({
      account,
      message,
      ...(file ? { file } : {}),
      ...(needReceipt === undefined ? {} : { needReceipt }),
    })
    .catch((error: unknown) => context.events.report(error));
}

/**
 * Whether a failed attempt waits for the connection instead of failing: text-like sends the
 * link lost (files fail, to be resent by hand). The adapter is idempotent on `idClient`, so
 * trying again after a reconnect cannot make a second message.
 */
function waitsForConnection(context: Delivery, idClient: string, error: ChatError): boolean {
  if (context.sends.files.has(idClient)) return false;
  return error.code === 'NOT_CONNECTED' || context.events.state().connection.status !== 'connected';
}

/**
 * Sends an optimistic message: its outbox entry is written before the adapter is asked, and
 * removed once the message is sent. A send the connection lost stays `sending` and goes out
 * again after the next (re)connect; any other failure ends `sendFailed` with a code, and the
 * entry keeps it failed, so Resend is offered after a reload too.
 */
export async function deliver(
  context: Delivery,
  message: Message,
  attempt: SendAttempt,
): Promise<Message> {
  const { idClient, sessionId } = message;
  const { events, sends } = context;
  context.reconcile(sessionId);
  const account = events.state().me;
  const abort = new AbortController();
  sends.uploads.set(idClient, abort);
  keep(context, account, message);
  try {
    const sent = await attemptUntilSent(context, message, abort.signal, attempt);
    events.dispatch({ type: 'message', message: sent });
    sends.outbox.remove(account, idClient).catch((error: unknown) => events.report(error));
    sends.files.delete(idClient);
    sends.receiptRequests.delete(idClient);
    return sent;
  } catch (error) {
    if (sends.destroyed || events.state().me !== account) {
      // The entry stays `sending`: the next chat of this account sends it.
      throw new ChatError('NOT_CONNECTED', 'The chat closed before the message went out', {
        cause: error,
      });
    }
    const chatError = abort.signal.aborted
      ? new ChatError('UPLOAD_CANCELLED', 'The upload was cancelled', { cause: error })
      : toChatError(error, 'SEND_FAILED');
    const info: ChatErrorInfo = chatError.toJSON();
    events.dispatch({ type: 'sendFailed', sessionId, idClient, error: info });
    // Deleted while it was sending: nothing to offer Resend for.
    if (selectMessage(events.state().messages[sessionId], idClient)) {
      keep(context, account, { ...message, status: 'sendFailed', error: info });
    }
    throw chatError;
  } finally {
    sends.uploads.delete(idClient);
  }
}

/** Attempts the send until it is sent, fails for good, or is cancelled. */
async function attemptUntilSent(
  context: Delivery,
  message: Message,
  signal: AbortSignal,
  attempt: SendAttempt,
): Promise<Message> {
  const { idClient, sessionId } = message;
  const onProgress = (progress: number) => {
    if (signal.aborted) return;
    const clamped = Math.min(1, Math.max(0, progress));
    context.events.dispatch({ type: 'sendProgress', sessionId, idClient, progress: clamped });
  };
  for (;;) {
    const since = context.connection.count;
    const running = attempt({ signal, onProgress });
    // Cancelling must end the send even when an adapter ignores the signal; the adapter's
    // own late rejection is then already reported as UPLOAD_CANCELLED.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, aborted(signal)]);
    } catch (error) {
      const chatError = toChatError(error, 'SEND_FAILED');
      if (signal.aborted || !waitsForConnection(context, idClient, chatError)) throw chatError;
    }
    await Promise.race([context.connection.reconnected(since, signal), aborted(signal)]);
  }
}
