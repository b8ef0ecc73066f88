import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { Message } from '../model/Message.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableGet } from '../store/KeyedTable.ts';
import type { ChatContext } from './ChatContext.ts';
import { reconcileSession } from './reconcileSession.ts';
import { sendReceiptOnce } from './sessionActions.ts';

/**
 * What to do once a pushed message is in the store. While a session is active, each new
 * incoming message to it is acknowledged on the server and receipted (seed 000, "对比 IM1"):
 * the store already kept its unread at 0. A session known only from live messages while the
 * list is still paged is asked from the server (see `reconcileSession`).
 */
export function afterAdapterEvent(
  context: Pick<
    ChatContext,
    'adapter' | 'report' | 'receiptsSent' | 'profiles' | 'state' | 'dispatch' | 'reconciling'
  >,
  event: AdapterEvent,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
  if (event.type !== 'message') return;
  const { message } = event;
  if (!after.users[message.from]) context.profiles.request([message.from]);
  const acknowledge = acknowledgeActive(context, message, before, after);
  const ledger = tableGet(after.ledger, message.sessionId);
  if (!ledger || ledger.synced || !after.sessions.hasMore) return acknowledge;
  return () => {
    acknowledge?.();
    reconcileSession(context, message.sessionId);
  };
}

function acknowledgeActive(
  context: Pick<ChatContext, 'adapter' | 'report' | 'receiptsSent'>,
  message: Message,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
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
