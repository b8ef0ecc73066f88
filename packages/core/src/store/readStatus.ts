import type { Message } from '../model/Message.ts';
import { readStatus } from '../rules/receipts.ts';
import type { MessageWindow } from './ChatState.ts';
import { tableGet, tableUpdate } from './KeyedTable.ts';
import type { SessionLedger } from './ledger/SessionLedger.ts';

/** The read marks of a session: mine (`ack`) and the peer's (`msgReceiptTime`). */
export type ReadMarks = Pick<SessionLedger, 'ack' | 'msgReceiptTime'>;

/** A message with the status its session's read marks give it; itself when it has it. */
export function settleStatus(message: Message, me: string, marks: ReadMarks): Message {
  const status = readStatus(message, me, marks);
  return status === message.status ? message : { ...message, status };
}

/** A ledger whose `lastMsg` has the status the ledger's read marks give it. */
export function settleLastMsg(ledger: SessionLedger, me: string): SessionLedger {
  const last = ledger.lastMsg;
  if (!last) return ledger;
  const settled = settleStatus(last, me, ledger);
  return settled === last ? ledger : { ...ledger, lastMsg: settled };
}

/**
 * Settles the loaded messages a moved read mark reaches. Every loaded message already has
 * the status of the marks before the move (it was settled when it entered, or by an earlier
 * move), and marks only grow: so only messages newer than the old position of a moved mark
 * can change. The walk starts at the newest end and stops there, whatever the window's size.
 */
export function settleWindow(
  window: MessageWindow,
  me: string,
  from: ReadMarks,
  to: ReadMarks,
): MessageWindow {
  const floor = Math.min(
    to.ack > from.ack ? from.ack : Number.POSITIVE_INFINITY,
    to.msgReceiptTime > from.msgReceiptTime ? from.msgReceiptTime : Number.POSITIVE_INFINITY,
  );
  if (floor === Number.POSITIVE_INFINITY) return window;
  const writes: [string, Message][] = [];
  for (let i = window.ids.length - 1; i >= 0; i--) {
    const id = window.ids[i];
    const message = id === undefined ? undefined : tableGet(window.byId, id);
    if (!message || id === undefined) continue;
    if (message.time <= floor) break;
    const settled = settleStatus(message, me, to);
    if (settled !== message) writes.push([id, settled]);
  }
  return writes.length === 0 ? window : { ...window, byId: tableUpdate(window.byId, writes) };
}
