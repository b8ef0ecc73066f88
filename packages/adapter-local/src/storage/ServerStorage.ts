import type { ChatError } from '@parley/core';
import type { Envelope, StoreName } from '../server/records.ts';

/** One change to storage: a put (with `value`) or a delete (without). */
export interface StorageWrite {
  store: StoreName;
  key: string;
  value?: Envelope;
}

/** Raw records of one store, keyed by record key. Values are unchecked. */
export type StoredRecords = Map<string, unknown>;

/** Everything a storage holds, store by store, plus errors met while reading. */
export interface StorageSnapshot {
  records: Record<StoreName, StoredRecords>;
  /** Records that could not even be read; the server skips them. */
  errors: ChatError[];
}

/**
 * Where a `LocalServer` keeps its data. The server holds its working set in memory and
 * writes through: a command resolves only after its writes resolved, so nothing
 * acknowledged is lost on reload.
 */
export interface ServerStorage {
  /** Reads every record (once, when the server opens). */
  load(): Promise<StorageSnapshot>;
  /** Applies writes atomically, in order. */
  write(writes: readonly StorageWrite[]): Promise<void>;
  /** Releases the storage. */
  close(): Promise<void>;
}

/** Store names in a fixed order. */
export const STORE_NAMES: readonly StoreName[] = ['users', 'teams', 'messages', 'sessions'];

/** An empty snapshot. */
export function emptySnapshot(): StorageSnapshot {
  return {
    records: { users: new Map(), teams: new Map(), messages: new Map(), sessions: new Map() },
    errors: [],
  };
}
