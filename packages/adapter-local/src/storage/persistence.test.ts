import type { SendRequest } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { wrapRecord } from '../server/records.ts';
import { IdbStorage } from './IdbStorage.ts';
import { MemoryStorage } from './MemoryStorage.ts';

const text = (idClient: string, to: string): SendRequest => ({
  idClient,
  scene: 'p2p',
  to,
  type: 'text',
  body: idClient,
});

/** Each pair opens the same data twice, as a page and its reload would. */
const storages = [
  [
    'MemoryStorage',
    () => {
      const memory = new MemoryStorage();
      return [memory, memory] as const;
    },
  ],
  [
    'IdbStorage',
    () => [new IdbStorage({ name: 'reload' }), new IdbStorage({ name: 'reload' })] as const,
  ],
] as const;

describe.each(storages)('%s', (_name, pair) => {
  it('a reload (new server on the same storage) loses nothing acknowledged', async () => {
    const [storage, reloaded] = pair();
    const before = await LocalServer.open({ storage });
    const alice = createLocalAdapter({ server: before, account: 'alice' });
    const bob = createLocalAdapter({ server: before, account: 'bob' });
    await alice.connect();
    await bob.connect();
    const first = await alice.send(text('a1', 'bob'));
    const last = await alice.send(text('a2', 'bob'));
    await bob.markSessionRead('p2p-alice', first.time);
    await bob.sendReceipt(first);
    await alice.pin('p2p-bob', 'star');
    await alice.setSessionExt?.('p2p-carol', 'ext');
    await alice.deleteHistory({ sessionId: 'p2p-bob', idClients: ['a1'] });
    const team = await before.createTeam({ owner: 'alice', members: ['bob'], name: 'T' });
    await before.close();

    const after = await LocalServer.open({ storage: reloaded });
    expect(after.storageErrors).toEqual([]);
    const alice2 = createLocalAdapter({ server: after, account: 'alice' });
    const bob2 = createLocalAdapter({ server: after, account: 'bob' });
    await alice2.connect();
    await bob2.connect();
    const sessions = (await alice2.getSessions({})).items;
    const withBob = sessions.find((s) => s.id === 'p2p-bob');
    expect(withBob).toMatchObject({ msgReceiptTime: first.time, stickTopInfo: { ext: 'star' } });
    expect(sessions.find((s) => s.id === 'p2p-carol')?.ext).toBe('ext');
    expect(
      (await alice2.getHistory({ sessionId: 'p2p-bob' })).items.map((m) => m.idClient),
    ).toEqual(['a2']);
    expect((await bob2.getSessions({})).items.find((s) => s.id === 'p2p-alice')).toMatchObject({
      ack: first.time,
      unread: 1,
    });
    expect(await bob2.getTeams?.([team.teamId])).toMatchObject([{ name: 'T' }]);
    // The clock keeps moving forward past stored times.
    expect((await alice2.send(text('a3', 'bob'))).time).toBeGreaterThan(last.time);
    await after.close();
  });
});

describe('corrupt or foreign records', () => {
  it('each bad record gives STORAGE_CORRUPT and the rest stays readable (memory)', async () => {
    const storage = new MemoryStorage();
    const server = await LocalServer.open({ storage });
    const alice = createLocalAdapter({ server, account: 'alice' });
    await alice.connect();
    await alice.send(text('good', 'bob'));
    storage.putRaw('messages', 'bad', { v: 1, store: 'messages', data: { idClient: 'bad' } });
    storage.putRaw('messages', 'foreign', { something: 'else' });
    storage.putRaw('sessions', 'junk', 'not even an object');
    const reopened = await LocalServer.open({ storage });
    expect(reopened.storageErrors.map((e) => [e.code, e.details?.key])).toEqual([
      ['STORAGE_CORRUPT', 'bad'],
      ['STORAGE_CORRUPT', 'foreign'],
      ['STORAGE_CORRUPT', 'junk'],
    ]);
    const again = createLocalAdapter({ server: reopened, account: 'alice' });
    await again.connect();
    expect((await again.getHistory({ sessionId: 'p2p-bob' })).items.map((m) => m.idClient)).toEqual(
      ['good'],
    );
  });

  it('each bad record gives STORAGE_CORRUPT and the rest stays readable (IndexedDB)', async () => {
    const storage = new IdbStorage({ name: 'corrupt-db' });
    const server = await LocalServer.open({ storage });
    await server.putUser({ account: 'alice', nick: 'Alice' });
    await storage.putRaw('users', 'mallory', wrapRecord('users', { account: '', nick: 'x' }));
    await storage.putRaw('users', 42, { v: 1, store: 'users', data: { account: 'n', nick: 'n' } });
    await server.close();
    const reopened = await LocalServer.open({ storage: new IdbStorage({ name: 'corrupt-db' }) });
    expect(reopened.storageErrors.map((e) => e.code)).toEqual([
      'STORAGE_CORRUPT',
      'STORAGE_CORRUPT',
    ]);
    expect(reopened.getUsers(['alice', 'mallory'])).toEqual([{ account: 'alice', nick: 'Alice' }]);
  });
});
