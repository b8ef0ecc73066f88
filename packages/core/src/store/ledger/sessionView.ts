import type { Message } from '../../model/Message.ts';
import type { Session } from '../../model/Session.ts';
import { survivesHistoryDelete } from '../../rules/sessionDelete.ts';
import { baseUnread } from './ledgerUnread.ts';
import type { SessionLedger } from './SessionLedger.ts';

/** The newest message unless a delete hides it: of the session, or of history. */
export function visibleLastMsg(ledger: SessionLedger): Message | null {
  const last = ledger.lastMsg;
  if (!last) return null;
  const deletedBefore = Math.max(ledger.deletedAt, ledger.deletedBefore);
  return survivesHistoryDelete(last, deletedBefore, ledger.deletedIds) ? last : null;
}

/** Time of the session's newest activity: messages, server changes or a local insert. */
export function ledgerUpdateTime(ledger: SessionLedger): number {
  return Math.max(
    ledger.knownTime,
    // One-sided history deletes keep the session where it was; only a session delete hides.
    ledger.seenTime > ledger.deletedAt ? ledger.seenTime : 0,
    ledger.ext.time,
    ledger.mute.time,
  );
}

/** Newest time anything kept the session alive; a delete covers up to here. */
export function liveTime(ledger: SessionLedger): number {
  const pinned = ledger.pin.isStickOnTop ? ledger.pin.updateTime : 0;
  return Math.max(ledgerUpdateTime(ledger), pinned);
}

/** Rule 5: a session is listed while something newer than its delete exists. */
export function isVisible(ledger: SessionLedger): boolean {
  return liveTime(ledger) > ledger.deletedAt;
}

/**
 * The `Session` a ledger shows. Returns `previous` when every field is the same, so
 * unchanged sessions keep their identity.
 */
export function sessionView(ledger: SessionLedger, previous: Session | undefined): Session {
  const view: Session = {
    id: ledger.id,
    scene: ledger.scene,
    to: ledger.to,
    updateTime: ledgerUpdateTime(ledger),
    unread: baseUnread(ledger) + ledger.unreadCount,
    lastMsg: visibleLastMsg(ledger),
    ack: ledger.ack,
    msgReceiptTime: ledger.msgReceiptTime,
    localCustom: ledger.localCustom,
    stickTopInfo: ledger.pin,
    ext: ledger.ext.value,
    mute: ledger.mute.value,
    draft: ledger.draft,
  };
  if (!previous) return view;
  for (const key of Object.keys(view) as (keyof Session)[]) {
    if (view[key] !== previous[key]) return view;
  }
  return previous;
}
