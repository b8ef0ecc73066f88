import { ChatError } from '@parley/core';
import { deleteDB, type IDBPDatabase, openDB } from 'idb';
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

/** A database that lacks one of the server's object stores was not made by this version. */
function checkStores(name: string) {
  return (db: IDBPDatabase): IDBPDatabase => {
    const missing = STORE_NAMES.filter((store) => !db.objectStoreNames.contains(store));
    if (missing.length === 0) return db;
    db.close();
    throw new ChatError(
      'STORAGE_CORRUPT',
      `The database "${name}" has no ${missing.join(', ')} store: it was not written by Parley`,
      { details: { name, missing } },
    );
  };
}

/** IndexedDB's open failures as `ChatError`s: a newer version's data has its own code. */
function openError(name: string, error: unknown): ChatError {
  if (error instanceof Error && error.name === 'VersionError') {
    return new ChatError(
      'STORAGE_VERSION',
      `The database "${name}" was written by a newer version of Parley`,
      { cause: error, details: { name } },
    );
  }
  return new ChatError('INTERNAL', `The database "${name}" could not be opened`, {
    cause: error,
    details: { name },
  });
}

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
    const { name } = this;
    const opening = openDB(name, DB_VERSION, {
      upgrade(db) {
        for (const store of STORE_NAMES) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
        }
      },
    }).then(checkStores(name), (error: unknown) => {
      throw openError(name, error);
    });
    this.db = opening;
    opening.catch(() => {
      if (this.db === opening) this.db = undefined;
    });
    return opening;
  }

  /**
   * Deletes a database and everything in it, so the next `LocalServer.open` on it starts
   * empty: the way out of `STORAGE_VERSION` (data of a newer version) and of a database that
   * lacks its object stores (`STORAGE_CORRUPT`). Waits while another tab holds it open.
   */
  static async delete(name = 'parley-local'): Promise<void> {
    await deleteDB(name);
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
