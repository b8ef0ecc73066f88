import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableGet } from '../store/KeyedTable.ts';
import type { ChatContext } from './ChatContext.ts';
import { resume } from './catchUpActions.ts';
import { sendReceiptOnce } from './sessionActions.ts';

/**
 * What to do once a pushed event is in the store. While a session is active, each new
 * incoming message to it is acknowledged on the server and receipted (seed 000, "对比 IM1"):
 * the store already kept its unread at 0. When the adapter reconnected by itself, the opened
 * windows catch up and the active session is acknowledged (its catch-up came while not
 * connected); `connect()` does the same itself.
 */
export function afterAdapterEvent(
  context: ChatContext,
  event: AdapterEvent,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
  if (event.type === 'connection') {
    const back =
      before.connection.status !== 'connected' && after.connection.status === 'connected';
    return back && !context.signingIn ? () => void resume(context) : undefined;
  }
  if (event.type !== 'message') return;
  const { message } = event;
  if (!after.users[message.from]) context.profiles.request([message.from]);
  if (
    after === before ||
    after.activeSessionId !== message.sessionId ||
    message.from === after.me ||
    after.connection.status !== 'connected'
  ) {
    return;
  }
  const { adapter } = context;
  const ack = tableGet(after.ledger, message.sessionId)?.ack ?? message.time;
  return () => {
    Promise.all([
      adapter.markSessionRead(message.sessionId, ack),
      sendReceiptOnce(context, message),
    ]).catch((error: unknown) => context.report(error));
  };
}

/** Takes a pushed event: queued, and applied with the others of the same task. */
export function handleAdapterEvent(context: ChatContext, event: AdapterEvent): void {
  context.enqueue(event);
}
