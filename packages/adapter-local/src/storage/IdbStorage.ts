import { ChatError } from '@parley/core';
import { type IDBPDatabase, openDB } from 'idb';
import {
  emptySnapshot,
  type ServerStorage,
  STORE_NAMES,
  type StorageSnapshot,
  type StorageWrite,
} from './ServerStorage.ts';

/** Options of {@link IdbStorage}. */
export interface IdbStorageOptions {
  /** Database name. Default `'parley-local'`. */
  name?: string;
}

const DB_VERSION = 1;

/**
 * Storage in IndexedDB through `idb`: one object store per record kind, every write batch in
 * one transaction. A reload that opens a new server on the same database loses nothing that
 * was acknowledged.
 */
export class IdbStorage implements ServerStorage {
  private readonly name: string;
  private db: Promise<IDBPDatabase> | undefined;

  constructor(options: IdbStorageOptions = {}) {
    this.name = options.name ?? 'parley-local';
  }

  private open(): Promise<IDBPDatabase> {
    if (this.db) return this.db;
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(new ChatError('UNSUPPORTED', 'IndexedDB is not available here'));
    }
    this.db = openDB(this.name, DB_VERSION, {
      upgrade(db) {
        for (const store of STORE_NAMES) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
        }
      },
    });
    return this.db;
  }

  async load(): Promise<StorageSnapshot> {
    const db = await this.open();
    const snapshot = emptySnapshot();
    const tx = db.transaction([...STORE_NAMES], 'readonly');
    for (const store of STORE_NAMES) {
      // getAll and getAllKeys walk the store in the same key order, so they pair up.
      const [keys, values] = await Promise.all([
        tx.objectStore(store).getAllKeys(),
        tx.objectStore(store).getAll(),
      ]);
      keys.forEach((key, i) => {
        if (typeof key === 'string') snapshot.records[store].set(key, values[i]);
        else {
          snapshot.errors.push(
            new ChatError('STORAGE_CORRUPT', `Stored ${store} record has a foreign key`, {
              details: { store, key: String(key) },
            }),
          );
        }
      });
    }
    await tx.done;
    return snapshot;
  }

  async write(writes: readonly StorageWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const db = await this.open();
    const stores = [...new Set(writes.map((w) => w.store))];
    const tx = db.transaction(stores, 'readwrite');
    for (const write of writes) {
      const store = tx.objectStore(write.store);
      if (write.value === undefined) void store.delete(write.key);
      else void store.put(write.value, write.key);
    }
    await tx.done;
  }

  /** Puts a raw value, bypassing validation; for tests of corrupt data. */
  async putRaw(store: StorageWrite['store'], key: IDBValidKey, value: unknown): Promise<void> {
    const db = await this.open();
    await db.put(store, value, key);
  }

  async close(): Promise<void> {
    if (!this.db) return;
    const db = await this.db;
    db.close();
    this.db = undefined;
  }
}
