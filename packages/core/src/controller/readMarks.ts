import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableGet } from '../store/KeyedTable.ts';
import { readInsideBase } from '../store/ledger/ledgerUnread.ts';
import { selectMessage, selectSession } from '../store/selectors.ts';
import type { EventQueue } from './EventQueue.ts';
import type { Receipts } from './Receipts.ts';
import { refreshSession } from './reconcileSession.ts';

/** What telling the server about reads works with. */
export interface Reading {
  adapter: ChatAdapter;
  events: EventQueue;
  receipts: Receipts;
}

/**
 * Newest message of a session that someone else sent (at or before `upTo`), for the read
 * receipt.
 */
export function newestIncoming(
  state: ChatState,
  sessionId: SessionId,
  upTo = Number.POSITIVE_INFINITY,
): Message | null {
  const theirs = (m: Message | null | undefined): m is Message =>
    !!m && m.from !== state.me && m.status !== 'sending' && m.time <= upTo;
  const window = state.messages[sessionId];
  for (let i = (window?.ids.length ?? 0) - 1; i >= 0; i--) {
    const message = selectMessage(window, window?.ids[i] ?? '');
    if (theirs(message)) return message;
  }
  const last = selectSession(state, sessionId)?.lastMsg;
  return theirs(last) ? last : null;
}

/**
 * Tells the server what the store has read of a session (its `ack`; multi-device) and sends
 * the peer a read receipt for the newest message read.
 */
export async function acknowledge(context: Reading, sessionId: SessionId): Promise<void> {
  const { adapter, events } = context;
  const session = selectSession(events.state(), sessionId);
  if (!session) return;
  await adapter.markSessionRead(sessionId, session.ack);
  const receiptFor = newestIncoming(events.state(), sessionId, session.ack);
  if (receiptFor) await context.receipts.sendOnce(receiptFor);
  // Read while offline, and counted by the server since: it can recount now that it knows.
  const ledger = tableGet(events.state().ledger, sessionId);
  if (ledger && readInsideBase(ledger)) await refreshSession(adapter, events, sessionId);
}

/**
 * Resets unread locally, tells the server (multi-device) and sends a read receipt
 * (seed 000: on entering a session, resetSessionUnreadCount + sendMsgReceipt).
 */
export async function markRead(context: Reading, sessionId: SessionId): Promise<void> {
  context.events.dispatch({ type: 'reset', sessionId });
  await acknowledge(context, sessionId);
}
