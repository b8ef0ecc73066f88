import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { textMessage } from '../test/fixtures.ts';
import { idbOutbox } from './idbOutbox.ts';

const entry = (account: string, idClient: string, time: number) => ({
  account,
  message: textMessage({ idClient, time, from: account, peer: 'bob', status: 'sending' }),
});

describe('idbOutbox', () => {
  it('keeps entries per account across instances (a reload), oldest first', async () => {
    const outbox = idbOutbox({ name: 'outbox-reload' });
    await outbox.load('alice');
    await outbox.put(entry('alice', 'a2', 20));
    await outbox.put(entry('alice', 'a1', 10));
    await outbox.put(entry('alicia', 'x', 5));
    await outbox.put({ ...entry('alice', 'a3', 30), file: new Blob(['%PDF']), needReceipt: false });
    await outbox.remove('alice', 'a2');
    const reopened = idbOutbox({ name: 'outbox-reload' });
    const loaded = await reopened.load('alice');
    expect(loaded.map((e) => e.message.idClient)).toEqual(['a1', 'a3']);
    expect(loaded[1]?.needReceipt).toBe(false);
    expect(await loaded[1]?.file?.text()).toBe('%PDF');
    expect((await reopened.load('alicia')).map((e) => e.message.idClient)).toEqual(['x']);
  });

  it('issues the write inside put() itself, before any await', async () => {
    const outbox = idbOutbox({ name: 'outbox-sync' });
    await outbox.load('alice');
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const stored = outbox.put(entry('alice', 'now', 1));
    expect(transaction).toHaveBeenCalledWith('entries', 'readwrite');
    transaction.mockRestore();
    await stored;
  });

  it('gives way when another tab deletes the database', async () => {
    const outbox = idbOutbox({ name: 'outbox-deleted' });
    await outbox.put(entry('alice', 'gone', 1));
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('outbox-deleted');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await outbox.load('alice')).toEqual([]);
  });
});
