import type { AdapterEvent } from '../model/AdapterEvent.ts';
import { getLedger } from '../store/LedgerTable.ts';
import type { ChatContext } from './ChatContext.ts';

/**
 * Applies a pushed event. While a session is active, each new incoming message to it is
 * acknowledged on the server and receipted (seed 000, "对比 IM1"): the store already kept
 * its unread at 0.
 */
export function handleAdapterEvent(context: ChatContext, event: AdapterEvent): void {
  const before = context.state();
  context.dispatch(event);
  if (event.type !== 'message') return;
  const { message } = event;
  const after = context.state();
  if (
    after === before ||
    after.activeSessionId !== message.sessionId ||
    message.from === after.me ||
    after.connection.status !== 'connected'
  ) {
    return;
  }
  const { adapter } = context;
  const ack = getLedger(after.ledger, message.sessionId)?.ack ?? message.time;
  Promise.all([
    adapter.markSessionRead(message.sessionId, ack),
    adapter.sendReceipt(message),
  ]).catch((error: unknown) => context.report(error));
}
