import type { SessionId } from '../model/Session.ts';
import type { SessionLedger } from './SessionLedger.ts';

/**
 * Ledgers in fixed buckets, so replacing one copies a bucket and the bucket index
 * (about 2·√n entries) instead of all n: copying a 10,000-key object costs milliseconds.
 */
export type LedgerTable = Readonly<Record<string, Readonly<Record<SessionId, SessionLedger>>>>;

const BUCKETS = 128;

function bucketOf(id: SessionId): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return String((hash >>> 0) % BUCKETS);
}

/** The ledger of a session, if known. */
export function getLedger(table: LedgerTable, id: SessionId): SessionLedger | undefined {
  return table[bucketOf(id)]?.[id];
}

/** A table with `ledger` stored; untouched buckets keep their identity. */
export function setLedger(table: LedgerTable, ledger: SessionLedger): LedgerTable {
  const key = bucketOf(ledger.id);
  const bucket = table[key];
  if (bucket?.[ledger.id] === ledger) return table;
  return { ...table, [key]: { ...bucket, [ledger.id]: ledger } };
}

/** Every ledger in the table. */
export function allLedgers(table: LedgerTable): SessionLedger[] {
  return Object.values(table).flatMap((bucket) => Object.values(bucket));
}
