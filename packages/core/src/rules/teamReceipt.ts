/** Read/unread member counts of a team message. */
export interface TeamReceiptCounts {
  read: number;
  unread: number;
}

/**
 * Merges two team receipt counts. Counts only move toward read: more readers win, and on a
 * tie the smaller unread count wins, so duplicates and reordering give the same result.
 */
export function mergeTeamReceipt(
  a: TeamReceiptCounts | undefined,
  b: TeamReceiptCounts | undefined,
): TeamReceiptCounts | undefined {
  if (!a) return b;
  if (!b) return a;
  if (b.read > a.read) return b;
  if (b.read === a.read && b.unread < a.unread) return b;
  return a;
}
