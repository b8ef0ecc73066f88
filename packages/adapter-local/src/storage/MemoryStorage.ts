import {
  emptySnapshot,
  type ServerStorage,
  STORE_NAMES,
  type StorageSnapshot,
  type StorageWrite,
} from './ServerStorage.ts';

/**
 * Storage in memory. Records are copied on write, so a new `LocalServer` opened on the same
 * `MemoryStorage` sees exactly what was acknowledged, like a page reload over IndexedDB.
 */
export class MemoryStorage implements ServerStorage {
  private readonly data: StorageSnapshot = emptySnapshot();

  async load(): Promise<StorageSnapshot> {
    const snapshot = emptySnapshot();
    for (const store of STORE_NAMES) {
      const target = snapshot.records[store];
      for (const [key, value] of this.data.records[store]) target.set(key, structuredClone(value));
    }
    return snapshot;
  }

  async write(writes: readonly StorageWrite[]): Promise<void> {
    for (const write of writes) {
      const records = this.data.records[write.store];
      if (write.value === undefined) records.delete(write.key);
      else records.set(write.key, structuredClone(write.value));
    }
  }

  /** Puts a raw value, bypassing validation; for tests of corrupt data. */
  putRaw(store: StorageWrite['store'], key: string, value: unknown): void {
    this.data.records[store].set(key, value);
  }

  /** Reads a raw record; for tests. */
  getRaw(store: StorageWrite['store'], key: string): unknown {
    return this.data.records[store].get(key);
  }

  async close(): Promise<void> {}
}
