import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { Message } from '../model/Message.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableGet } from '../store/KeyedTable.ts';
import { readInsideBase } from '../store/ledger/ledgerUnread.ts';
import type { ChatContext } from './ChatContext.ts';
import { rememberEdges, resume } from './catchUpActions.ts';
import { reconcileSession, refreshSession } from './reconcileSession.ts';
import { sendReceiptOnce } from './sessionActions.ts';

/**
 * What to do once a pushed event is in the store. While a session is active, each new
 * incoming message to it is acknowledged on the server and receipted (seed 000, "对比 IM1"):
 * the store already kept its unread at 0. A session known only from live messages while the
 * list is still paged is asked from the server (see `reconcileSession`). When the adapter
 * reconnected by itself, the opened windows catch up and the active session is acknowledged
 * (its catch-up came while not connected); `connect()` does the same itself.
 */
export function afterAdapterEvent(
  context: ChatContext,
  event: AdapterEvent,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
  if (event.type === 'connection') {
    const was = before.connection.status === 'connected';
    const is = after.connection.status === 'connected';
    if (was && !is) rememberEdges(context, before);
    return !was && is && !context.signingIn ? () => void resume(context) : undefined;
  }
  if (event.type === 'sessionRead') {
    // Another device read part of what the server counted: only the server can recount it.
    const ledger = tableGet(after.ledger, event.sessionId);
    if (!ledger || !readInsideBase(ledger)) return;
    return () => {
      refreshSession(context, event.sessionId).catch((error: unknown) => context.report(error));
    };
  }
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
  context: Pick<ChatContext, 'adapter' | 'report' | 'receiptsSent' | 'unsentReads'>,
  message: Message,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
  if (
    after === before ||
    after.activeSessionId !== message.sessionId ||
    message.from === after.me
  ) {
    return;
  }
  if (after.connection.status !== 'connected') {
    // A catch-up while reconnecting: the store read it; the server hears of it on resume.
    context.unsentReads.add(message.sessionId);
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
