import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { storedMessage } from '../test/storedMessage.ts';
import { IdbStorage } from './IdbStorage.ts';
import { MemoryStorage } from './MemoryStorage.ts';

describe('replies, reactions and edits in storage', () => {
  it('survive a reload from IndexedDB, folded into their messages', async () => {
    const storage = () => new IdbStorage({ name: 'interactions-reload' });
    const before = await LocalServer.open({ storage: storage() });
    const alice = createLocalAdapter({ server: before, account: 'alice' });
    const bob = createLocalAdapter({ server: before, account: 'bob' });
    await alice.connect();
    await bob.connect();
    const original = await alice.send({
      idClient: 'q',
      scene: 'p2p',
      to: 'bob',
      type: 'text',
      body: 'tea?',
    });
    const replyTo = {
      idClient: 'q',
      idServer: original.idServer,
      from: 'alice',
      type: 'text' as const,
      body: 'tea?',
      time: original.time,
    };
    await bob.send({
      idClient: 'r',
      scene: 'p2p',
      to: 'alice',
      type: 'text',
      body: 'yes',
      replyTo,
    });
    const reacted = await bob.react?.(
      { ...original, sessionId: 'p2p-alice' },
      { key: '🍵', on: true },
      ['🍵'],
    );
    const edited = await alice.edit?.(original, 'tea at 4?');
    await before.close();

    const after = await LocalServer.open({ storage: storage() });
    expect(after.storageErrors).toEqual([]);
    const reader = createLocalAdapter({ server: after, account: 'alice' });
    await reader.connect();
    const [reply, quoted] = (await reader.getHistory({ sessionId: 'p2p-bob' })).items;
    expect(reply).toMatchObject({ idClient: 'r', replyTo });
    expect(quoted).toMatchObject({
      idClient: 'q',
      body: 'tea at 4?',
      editedAt: edited?.time,
      reactions: { '🍵': { bob: { on: true, time: reacted?.time } } },
    });
    await after.close();
  });

  it('reads records of the version before them; a newer version is STORAGE_VERSION', async () => {
    const storage = new MemoryStorage();
    storage.putRaw('messages', 'old', { v: 1, store: 'messages', data: storedMessage('old', 5) });
    storage.putRaw('messages', 'new', {
      v: 2,
      store: 'messages',
      data: storedMessage('new', 6, {
        editedAt: 7,
        reactions: { '👍': { bob: { on: true, time: 8 } } },
      }),
    });
    storage.putRaw('messages', 'future', {
      v: 3,
      store: 'messages',
      data: storedMessage('future', 9),
    });
    storage.putRaw('messages', 'odd', {
      v: 2,
      store: 'messages',
      data: { ...storedMessage('odd', 10), reactions: { '👍': { bob: { on: 'yes', time: 8 } } } },
    });
    const server = await LocalServer.open({ storage });
    expect(server.storageErrors.map((e) => [e.code, e.details?.key])).toEqual([
      ['STORAGE_VERSION', 'future'],
      ['STORAGE_CORRUPT', 'odd'],
    ]);
    const alice = createLocalAdapter({ server, account: 'alice' });
    await alice.connect();
    const items = (await alice.getHistory({ sessionId: 'p2p-bob' })).items;
    expect(items.map((m) => m.idClient)).toEqual(['new', 'old']);
    expect(items[0]).toMatchObject({ editedAt: 7 });
  });
});
