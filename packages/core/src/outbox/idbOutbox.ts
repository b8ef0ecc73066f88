import { ChatError } from '../model/ChatError.ts';
import type { OutboxEntry, OutboxStorage } from './OutboxStorage.ts';

/** Options of {@link idbOutbox}. */
export interface IdbOutboxOptions {
  /** Database name. Default `'parley-outbox'`. */
  name?: string;
}

const STORE = 'entries';

/** Settles with a request's result, or a transaction's completion. */
function settled<T>(target: IDBRequest<T> | IDBTransaction): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const fail = () =>
      reject(new ChatError('INTERNAL', 'The outbox failed', { cause: target.error }));
    target.onerror = fail;
    if (target instanceof IDBTransaction) {
      target.oncomplete = () => resolve(undefined);
      target.onabort = fail;
    } else target.onsuccess = () => resolve(target.result);
  });
}

/**
 * An outbox in IndexedDB: the default in browsers. Once open, a put issues its transaction in
 * the call itself and commits it without waiting for the task to end, so a tab closed right
 * after Enter keeps the message. (Plain IndexedDB: three calls need no wrapper library.)
 */
export function idbOutbox(options: IdbOutboxOptions = {}): OutboxStorage {
  let db: IDBDatabase | undefined;
  let opening: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> => {
    if (!opening) {
      const request = indexedDB.open(options.name ?? 'parley-outbox', 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      opening = settled(request).then((opened) => {
        if (!opened) throw new ChatError('INTERNAL', 'The outbox did not open');
        // Another tab deleting or upgrading the database must not wait for this one.
        opened.onversionchange = () => {
          opened.close();
          db = opening = undefined;
        };
        db = opened;
        return opened;
      });
      opening.catch(() => {
        opening = undefined;
      });
    }
    return opening;
  };

  const write = (change: (store: IDBObjectStore) => void): Promise<void> => {
    const issue = async (database: IDBDatabase) => {
      const tx = database.transaction(STORE, 'readwrite');
      change(tx.objectStore(STORE));
      if (typeof tx.commit === 'function') tx.commit();
      await settled(tx);
    };
    return db ? issue(db) : open().then(issue);
  };

  return {
    async load(account) {
      const store = (await open()).transaction(STORE).objectStore(STORE);
      // Keys are [account, idClient]: every key of the account sorts between these two.
      const range = IDBKeyRange.bound([account], [account, []]);
      const entries = ((await settled(store.getAll(range))) ?? []) as OutboxEntry[];
      return entries.sort((a, b) => a.message.time - b.message.time);
    },
    put: (entry) => write((store) => store.put(entry, [entry.account, entry.message.idClient])),
    remove: (account, idClient) => write((store) => store.delete([account, idClient])),
  };
}
