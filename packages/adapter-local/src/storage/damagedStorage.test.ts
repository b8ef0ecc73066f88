import type { SendRequest } from '@parley/core';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { wrapRecord } from '../server/records.ts';
import { storedMessage } from '../test/storedMessage.ts';
import { IdbStorage } from './IdbStorage.ts';
import { MemoryStorage } from './MemoryStorage.ts';

const text = (idClient: string, to: string, scene: SendRequest['scene'] = 'p2p'): SendRequest => ({
  idClient,
  scene,
  to,
  type: 'text',
  body: idClient,
});

async function signIn(server: LocalServer, account: string) {
  const adapter = createLocalAdapter({ server, account });
  await adapter.connect();
  return adapter;
}

describe('times in stored records', () => {
  it('a time far in the future or below zero is corrupt, and the clock keeps its pace', async () => {
    const storage = new MemoryStorage();
    const good = await LocalServer.open({ storage });
    const before = await (await signIn(good, 'alice')).send(text('good', 'bob'));
    storage.putRaw('messages', 'future', wrapRecord('messages', storedMessage('future', 1e300)));
    storage.putRaw('messages', 'negative', wrapRecord('messages', storedMessage('negative', -5)));
    storage.putRaw('messages', 'nan', wrapRecord('messages', storedMessage('nan', Number.NaN)));

    const reopened = await LocalServer.open({ storage });
    expect(reopened.storageErrors.map((e) => [e.code, e.details?.key])).toEqual([
      ['STORAGE_CORRUPT', 'future'],
      ['STORAGE_CORRUPT', 'negative'],
      ['STORAGE_CORRUPT', 'nan'],
    ]);
    expect(reopened.storageErrors[0]?.message).toContain('time 1e+300 is out of range');
    const after = await (await signIn(reopened, 'alice')).send(text('later', 'bob'));
    expect(after.time).toBeGreaterThan(before.time);
    expect(after.time).toBeLessThan(Date.now() + 60_000);
  });
});

describe('a damaged team record', () => {
  it('is rebuilt from its messages: members keep the team, its history and can write', async () => {
    const storage = new MemoryStorage();
    const server = await LocalServer.open({ storage });
    const team = await server.createTeam({ owner: 'alice', members: ['bob', 'carol'], name: 'T' });
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    for (let i = 0; i < 5; i++) await alice.send(text(`a${i}`, team.teamId, 'team'));
    await bob.send(text('b', team.teamId, 'team'));
    await server.removeTeamMembers(team.teamId, 'alice', ['carol']);
    storage.putRaw('teams', team.teamId, { v: 1, store: 'teams', data: { team: 'garbage' } });

    const reopened = await LocalServer.open({ storage });
    expect(reopened.storageErrors).toHaveLength(1);
    expect(reopened.storageErrors[0]).toMatchObject({
      code: 'STORAGE_CORRUPT',
      details: { store: 'teams', key: team.teamId, rebuilt: true },
    });
    const sessionId = `team-${team.teamId}`;
    const bobAgain = await signIn(reopened, 'bob');
    const listed = (await bobAgain.getSessions({})).items.map((s) => s.id);
    expect(listed).toContain(sessionId);
    expect((await bobAgain.getHistory({ sessionId, limit: 100 })).items).toHaveLength(8);
    expect(await bobAgain.getTeamMembers?.(team.teamId)).toEqual([
      expect.objectContaining({ account: 'alice', role: 'owner' }),
      expect.objectContaining({ account: 'bob', role: 'normal' }),
    ]);
    await bobAgain.send(text('still here', team.teamId, 'team'));
    const carol = await signIn(reopened, 'carol');
    await expect(carol.send(text('c', team.teamId, 'team'))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });
});

describe('a damaged or newer database (IndexedDB)', () => {
  it('a database without the server stores rejects with STORAGE_CORRUPT; delete() recovers', async () => {
    const db = await openDB('foreign', 1, { upgrade: (d) => void d.createObjectStore('users') });
    db.close();
    const failure = await LocalServer.open({ storage: new IdbStorage({ name: 'foreign' }) }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({
      name: 'ChatError',
      code: 'STORAGE_CORRUPT',
      details: { missing: ['teams', 'messages', 'sessions'] },
    });
    await IdbStorage.delete('foreign');
    const fresh = await LocalServer.open({ storage: new IdbStorage({ name: 'foreign' }) });
    expect(fresh.storageErrors).toEqual([]);
    await fresh.close();
  });

  it('a database of a newer version rejects with STORAGE_VERSION', async () => {
    const db = await openDB('newer', 7);
    db.close();
    await expect(
      LocalServer.open({ storage: new IdbStorage({ name: 'newer' }) }),
    ).rejects.toMatchObject({ name: 'ChatError', code: 'STORAGE_VERSION' });
  });
});
