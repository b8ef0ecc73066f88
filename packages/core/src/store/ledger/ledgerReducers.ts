import type { Message } from '../../model/Message.ts';
import type { Session, StickTopInfo } from '../../model/Session.ts';
import { newestMessage } from '../../rules/newestMessage.ts';
import { mergeStickTop } from '../../rules/pin.ts';
import { survivesHistoryDelete } from '../../rules/sessionDelete.ts';
import { mergeTeamReceipt, type TeamReceiptCounts } from '../../rules/teamReceipt.ts';
import { countsTowardUnread } from '../../rules/unread.ts';
import { pruneUnread, uncount, unreadFloor } from './ledgerUnread.ts';
import type { SessionLedger, Timed } from './SessionLedger.ts';

/** Who reads: the signed-in account and whether the session is on screen. */
export interface LedgerContext {
  me: string;
  active: boolean;
}

/** A message with the team receipt counts that reached its session before it. */
export function withTeamReceipt(ledger: SessionLedger, message: Message): Message {
  const pending = ledger.teamReceipts[message.idClient];
  if (!pending) return message;
  const merged = mergeTeamReceipt(message.teamReceipt, pending);
  return merged === message.teamReceipt ? message : { ...message, teamReceipt: merged };
}

/** Whether my history of the session no longer holds `message` (a one-sided delete). */
export function isDeletedIn(ledger: SessionLedger, message: Message): boolean {
  return !survivesHistoryDelete(message, ledger.deletedBefore, ledger.deletedIds);
}

/**
 * A message as a session's `lastMsg`: without reactions, which never change the session (so
 * the list does not re-render for one), whatever order they and their message arrive in.
 */
function asLastMsg(message: Message): Message {
  if (message.reactions === undefined) return message;
  const { reactions: _reactions, ...rest } = message;
  return rest;
}

/** `hidden`: a history delete hid the message ({@link isDeletedIn}, asked once per event). */
function withLastMsg(ledger: SessionLedger, message: Message, hidden: boolean): SessionLedger {
  const seen = message.time > ledger.seenTime ? { ...ledger, seenTime: message.time } : ledger;
  if (hidden) return seen;
  const lastMsg = newestMessage(seen.lastMsg, asLastMsg(message));
  return lastMsg === seen.lastMsg ? seen : { ...seen, lastMsg };
}

/**
 * Rules 1 and 2: a sent or received message, already with its session's team receipts
 * ({@link withTeamReceipt}); `hidden` when a history delete hid it ({@link isDeletedIn}).
 */
export function ledgerMessage(
  ledger: SessionLedger,
  message: Message,
  hidden: boolean,
  context: LedgerContext,
): SessionLedger {
  if (message.recall) return ledgerRecall(ledger, message, hidden, context.me);
  let next = withLastMsg(ledger, message, hidden);
  if (context.active && message.time > next.ack) {
    next = pruneUnread({ ...next, ack: message.time });
  }
  const id = message.idClient;
  if (
    !hidden &&
    countsTowardUnread(message, context.me, unreadFloor(next)) &&
    !(id in next.gone) &&
    !(id in next.unreadIds)
  ) {
    next = {
      ...next,
      unreadIds: { ...next.unreadIds, [id]: message.time },
      unreadCount: next.unreadCount + 1,
    };
  }
  return next;
}

/** Adds a tombstone; `pushed` when an event told of it rather than a history page. */
function addGone(
  ledger: SessionLedger,
  idClient: string,
  time: number,
  incoming: boolean,
  pushed: boolean,
): SessionLedger {
  const known = ledger.gone[idClient];
  if (known && known.time >= time) return ledger;
  const goneSeq = pushed && !known ? ledger.goneSeq + 1 : ledger.goneSeq;
  const seq = known ? known.seq : pushed ? goneSeq : 0;
  return { ...ledger, goneSeq, gone: { ...ledger.gone, [idClient]: { time, incoming, seq } } };
}

/**
 * A recall: a tombstone, and the recall notice replaces `lastMsg` when it was the last.
 * `pushed` is false for a recalled message met in a history page.
 */
export function ledgerRecall(
  ledger: SessionLedger,
  recalled: Message,
  hidden: boolean,
  me: string,
  pushed = true,
): SessionLedger {
  let next = withLastMsg(ledger, recalled, hidden);
  next = addGone(next, recalled.idClient, recalled.time, recalled.from !== me, pushed);
  return pruneUnread(uncount(next, recalled.idClient));
}

/** Reset or multi-device read: `ack` only moves forward. */
export function ledgerRead(ledger: SessionLedger, ack: number): SessionLedger {
  if (ack <= ledger.ack) return ledger;
  return pruneUnread({ ...ledger, ack });
}

/** Rule 2 reset: `ack` moves to the newest message (and past the server's count). */
export function ledgerReset(ledger: SessionLedger): SessionLedger {
  return ledgerRead(ledger, Math.max(ledger.lastMsg?.time ?? 0, ledger.base.time));
}

/** p2p receipt: the peer read up to `time`. */
export function ledgerPeerRead(ledger: SessionLedger, time: number): SessionLedger {
  return time > ledger.msgReceiptTime ? { ...ledger, msgReceiptTime: time } : ledger;
}

/** Team receipt counts of one message; kept even before the message arrives. */
export function ledgerTeamReceipt(
  ledger: SessionLedger,
  idClient: string,
  counts: TeamReceiptCounts,
): SessionLedger {
  const current = ledger.teamReceipts[idClient];
  const merged = mergeTeamReceipt(current, counts);
  if (merged === current || !merged) return ledger;
  const next = { ...ledger, teamReceipts: { ...ledger.teamReceipts, [idClient]: merged } };
  if (next.lastMsg?.idClient === idClient) next.lastMsg = withTeamReceipt(next, next.lastMsg);
  return next;
}

/** Pin, unpin or pin ext: last writer wins. */
export function ledgerPin(ledger: SessionLedger, info: StickTopInfo): SessionLedger {
  const pin = mergeStickTop(ledger.pin, info);
  return pin === ledger.pin ? ledger : { ...ledger, pin };
}

/** Rule 5: hide everything at or before `time`; `clearHistory` deletes that history too. */
export function ledgerDelete(ledger: SessionLedger, time: number, clearHistory: boolean) {
  const deletedAt = Math.max(ledger.deletedAt, time);
  const deletedBefore = clearHistory ? Math.max(ledger.deletedBefore, time) : ledger.deletedBefore;
  if (deletedAt === ledger.deletedAt && deletedBefore === ledger.deletedBefore) return ledger;
  return pruneUnread({ ...ledger, deletedAt, deletedBefore });
}

/** Rule 6: one-sided history delete by ids and/or before a time. */
export function ledgerHistoryDelete(
  ledger: SessionLedger,
  target: { idClients?: readonly string[]; before?: number },
  me: string,
): SessionLedger {
  let next = ledger;
  if (target.before !== undefined && target.before > next.deletedBefore) {
    next = { ...next, deletedBefore: target.before };
  }
  const fresh = (target.idClients ?? []).filter((id) => !(id in next.deletedIds));
  if (fresh.length > 0) {
    const deletedIds = { ...next.deletedIds };
    for (const id of fresh) {
      deletedIds[id] = true;
      const counted = next.unreadIds[id];
      const last = next.lastMsg?.idClient === id ? next.lastMsg : null;
      const time = counted ?? last?.time ?? -1;
      next = uncount(
        addGone(next, id, time, counted !== undefined || (last?.from ?? '') !== me, true),
        id,
      );
    }
    next = { ...next, deletedIds };
  }
  return next === ledger ? ledger : pruneUnread(next);
}

function lww<T>(current: Timed<T>, value: T | undefined, time: number): Timed<T> {
  if (value === undefined || time < current.time) return current;
  if (
    time === current.time &&
    (value === current.value || String(value) <= String(current.value))
  ) {
    return current;
  }
  return { value, time };
}

/** Server fields (ext, mute) of a session: per-field last writer wins. */
export function ledgerServerFields(
  ledger: SessionLedger,
  fields: { ext?: string; mute?: boolean },
  time: number,
): SessionLedger {
  const ext = lww(ledger.ext, fields.ext, time);
  const mute = lww(ledger.mute, fields.mute, time);
  if (ext === ledger.ext && mute === ledger.mute) return ledger;
  return { ...ledger, ext, mute };
}

/** A session as the server reported it (session pages, pinned list, ext updates). */
export function ledgerSnapshot(ledger: SessionLedger, session: Session): SessionLedger {
  let next = ledger.synced ? ledger : { ...ledger, synced: true };
  if (session.lastMsg) {
    next = withLastMsg(next, session.lastMsg, isDeletedIn(next, session.lastMsg));
  }
  next = ledgerRead(next, session.ack);
  next = ledgerPeerRead(next, session.msgReceiptTime);
  next = ledgerPin(next, session.stickTopInfo);
  next = ledgerServerFields(next, { ext: session.ext, mute: session.mute }, session.updateTime);
  if (session.updateTime > next.knownTime) next = { ...next, knownTime: session.updateTime };
  const baseTime = session.lastMsg?.time ?? session.updateTime;
  const base = next.base;
  const newer =
    baseTime > base.time ||
    (baseTime === base.time && (session.ack > base.ack || session.unread < base.count));
  if (newer && (session.unread > 0 || baseTime > base.time)) {
    next = pruneUnread({
      ...next,
      base: { count: session.unread, time: baseTime, ack: session.ack, goneSeq: next.goneSeq },
    });
  }
  return next;
}

/** A local insert: the session becomes known at `updateTime`. */
export function ledgerInsert(ledger: SessionLedger, updateTime: number): SessionLedger {
  return updateTime > ledger.knownTime ? { ...ledger, knownTime: updateTime } : ledger;
}

/**
 * A message seen in a history page (as {@link ledgerMessage} takes it): it may become
 * `lastMsg` but never counts as unread; a recalled one stops counting (a catch-up after a gap
 * in the events brings recalls this way).
 */
export function ledgerSeen(
  ledger: SessionLedger,
  message: Message,
  hidden: boolean,
  me: string,
): SessionLedger {
  if (message.recall) return ledgerRecall(ledger, message, hidden, me, false);
  return withLastMsg(ledger, message, hidden);
}

/** After a history delete hid `lastMsg`, the newest surviving loaded message takes its place. */
export function ledgerFallbackLast(
  ledger: SessionLedger,
  newest: Message | undefined,
): SessionLedger {
  const last = ledger.lastMsg;
  if (!last || newest === last) return ledger;
  return isDeletedIn(ledger, last)
    ? { ...ledger, lastMsg: newest ? asLastMsg(newest) : null }
    : ledger;
}

/** Replaces `lastMsg` by a local change of the same message (failed, resent). */
export function ledgerReplaceLast(ledger: SessionLedger, message: Message): SessionLedger {
  if (ledger.lastMsg?.idClient !== message.idClient || ledger.lastMsg === message) return ledger;
  return { ...ledger, lastMsg: asLastMsg(message) };
}
