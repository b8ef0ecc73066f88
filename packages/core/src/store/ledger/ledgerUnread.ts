import type { SessionLedger } from './SessionLedger.ts';

/** Time at or before which nothing counts as unread: read, deleted or in the server's count. */
export function unreadFloor(ledger: SessionLedger): number {
  return Math.max(ledger.ack, ledger.deletedAt, ledger.deletedBefore, ledger.base.time);
}

/** Unread messages of the server's count that are still unread, minus recalled ones. */
export function baseUnread(ledger: SessionLedger): number {
  const readUpTo = Math.max(ledger.ack, ledger.deletedAt, ledger.deletedBefore);
  if (readUpTo >= ledger.base.time) return 0;
  return Math.max(0, ledger.base.count - ledger.baseGone);
}

/**
 * Whether a read mark landed inside the server's count (another device read part of it): how
 * many of those messages are left unread is unknown until the server counts again.
 */
export function readInsideBase(ledger: SessionLedger): boolean {
  const { base, ack } = ledger;
  return base.count > ledger.baseGone && ack > base.ack && ack < base.time;
}

/**
 * Counts tombstones inside the server's count that it does not leave out yet: pushed after it
 * arrived. (Events and query answers share one ordered stream, so a count fetched after a
 * recall was pushed already leaves the recalled message out.)
 */
export function countBaseGone(ledger: SessionLedger): number {
  const { base } = ledger;
  let count = 0;
  for (const gone of Object.values(ledger.gone)) {
    if (gone.incoming && gone.seq > base.goneSeq && gone.time > base.ack && gone.time <= base.time)
      count++;
  }
  return count;
}

/**
 * Drops counted ids at or below the floor after a read mark, delete or server count moved.
 * Safe because those marks only grow: a dropped id could never count again.
 */
export function pruneUnread(ledger: SessionLedger): SessionLedger {
  const floor = unreadFloor(ledger);
  let kept: Record<string, number> | null = null;
  for (const [id, time] of Object.entries(ledger.unreadIds)) {
    if (time <= floor) {
      if (!kept) kept = { ...ledger.unreadIds };
      delete kept[id];
    }
  }
  const baseGone = countBaseGone(ledger);
  if (!kept && baseGone === ledger.baseGone) return ledger;
  const unreadIds = kept ?? ledger.unreadIds;
  return { ...ledger, unreadIds, unreadCount: Object.keys(unreadIds).length, baseGone };
}

/** Removes one id from the counted set. */
export function uncount(ledger: SessionLedger, idClient: string): SessionLedger {
  if (!(idClient in ledger.unreadIds)) return ledger;
  const { [idClient]: _removed, ...unreadIds } = ledger.unreadIds;
  return { ...ledger, unreadIds, unreadCount: ledger.unreadCount - 1 };
}
