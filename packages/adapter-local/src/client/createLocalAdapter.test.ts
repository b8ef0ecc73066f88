import type { AdapterEvent, ChatError, SendRequest } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { LocalServer } from '../server/LocalServer.ts';
import { createLocalAdapter, type LocalAdapter } from './createLocalAdapter.ts';

let n = 0;
const text = (to: string, body = 'hi'): SendRequest => {
  n += 1;
  return { idClient: `c-${n}`, scene: 'p2p', to, type: 'text', body };
};

async function device(server: LocalServer, account: string, options = {}) {
  const adapter = createLocalAdapter({ server, account, ...options });
  const events: AdapterEvent[] = [];
  adapter.subscribe((e) => events.push(e));
  await adapter.connect();
  return { adapter, events };
}

const ofType = <T extends AdapterEvent['type']>(events: AdapterEvent[], type: T) =>
  events.filter((e): e is Extract<AdapterEvent, { type: T }> => e.type === type);

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: ChatError) => e.code,
  );

describe('createLocalAdapter: multi-device', () => {
  it('a device signing in again gets the reactions and edits it missed', async () => {
    const server = await LocalServer.open();
    const phone = await device(server, 'alice');
    const bob = await device(server, 'bob');
    const sent = await bob.adapter.send(text('alice', 'plans?'));
    await phone.adapter.disconnect();
    const laptop = await device(server, 'alice');
    await laptop.adapter.react?.({ ...sent, sessionId: 'p2p-bob' }, { key: '👍', on: true }, [
      '👍',
    ]);
    await bob.adapter.edit?.(sent, 'plans for tonight?');
    await phone.adapter.connect();
    expect(ofType(phone.events, 'reaction')).toMatchObject([{ idClient: sent.idClient }]);
    expect(ofType(phone.events, 'edit')).toMatchObject([{ body: 'plans for tonight?' }]);
    // A device signing in for the first time starts at the newest event: history has the rest.
    expect(ofType(laptop.events, 'message')).toEqual([]);
  });

  it('pin, unpin, read, delete and ext changes reach the other device', async () => {
    const server = await LocalServer.open();
    const phone = await device(server, 'alice');
    const laptop = await device(server, 'alice');
    const bob = await device(server, 'bob');
    const sent = await bob.adapter.send(text('alice'));
    await phone.adapter.pin('p2p-bob', 'x');
    await phone.adapter.markSessionRead('p2p-bob', sent.time);
    await phone.adapter.setSessionExt?.('p2p-bob', 'ext!');
    await phone.adapter.unpin('p2p-bob');
    await phone.adapter.deleteSessions(['p2p-bob'], { clearHistory: false });
    await vi.waitFor(() => expect(ofType(laptop.events, 'sessionsDeleted')).toHaveLength(1));
    expect(laptop.events.map((e) => e.type)).toEqual([
      'connection',
      'connection',
      'message',
      'pin',
      'sessionRead',
      'sessionUpdated',
      'pin',
      'sessionsDeleted',
    ]);
    // The issuing device gets no echo of its own commands, except pins (server times).
    expect(phone.events.map((e) => e.type)).toEqual([
      'connection',
      'connection',
      'message',
      'pin',
      'pin',
    ]);
  });
});

describe('createLocalAdapter: reconnect', () => {
  it('catches up on everything missed while offline, once and in order', async () => {
    const server = await LocalServer.open();
    const alice = await device(server, 'alice');
    const other = await device(server, 'alice');
    const bob = await device(server, 'bob');
    await bob.adapter.send(text('alice', 'before'));
    await vi.waitFor(() => expect(ofType(alice.events, 'message')).toHaveLength(1));
    alice.adapter.goOffline();
    const missed = [];
    for (let i = 0; i < 5; i++) missed.push(await bob.adapter.send(text('alice', `missed ${i}`)));
    await other.adapter.pin('p2p-bob');
    expect(ofType(alice.events, 'message')).toHaveLength(1);
    await alice.adapter.goOnline();
    await vi.waitFor(() => expect(ofType(alice.events, 'pin')).toHaveLength(1));
    const ids = ofType(alice.events, 'message').map((e) => e.message.idClient);
    expect(ids.slice(1)).toEqual(missed.map((m) => m.idClient));
    expect(ofType(alice.events, 'connection').map((e) => e.status)).toEqual([
      'connecting',
      'connected',
      'reconnecting',
      'connected',
    ]);
  });

  it('a send while offline rejects with NOT_CONNECTED and is never delivered', async () => {
    const server = await LocalServer.open();
    const alice = await device(server, 'alice', { latencyMs: 5 });
    const bob = await device(server, 'bob');
    alice.adapter.goOffline();
    const request = text('bob', 'offline');
    expect(await rejection(alice.adapter.send(request))).toBe('NOT_CONNECTED');
    await alice.adapter.goOnline();
    const lost = text('bob', 'lost on the way');
    const pending = alice.adapter.send(lost);
    alice.adapter.goOffline();
    expect(await rejection(pending)).toBe('NOT_CONNECTED');
    await alice.adapter.goOnline();
    const resent = await alice.adapter.send(request);
    await vi.waitFor(() => expect(ofType(bob.events, 'message')).toHaveLength(1));
    expect(ofType(bob.events, 'message')[0]?.message.idClient).toBe(resent.idClient);
    const history = await bob.adapter.getHistory({ sessionId: 'p2p-alice' });
    expect(history.items.map((m) => m.body)).toEqual(['offline']);
  });
});

describe('createLocalAdapter: files', () => {
  const file = (size: number, type: string) => new Blob([new Uint8Array(size)], { type });
  const request = (type: 'image' | 'file', blob: Blob): SendRequest => {
    n += 1;
    return { idClient: `f-${n}`, scene: 'p2p', to: 'bob', type, body: '', file: blob };
  };

  it('reports progress, fills the attachment and uses an object URL preview', async () => {
    const server = await LocalServer.open();
    const { adapter } = await device(server, 'alice', { files: { uploadMs: 8 } });
    const progress: number[] = [];
    const sent = await adapter.send(request('image', file(10, 'image/png')), {
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sent.type === 'image' && sent.attach).toMatchObject({ size: 10, mime: 'image/png' });
    expect(sent.type === 'image' && sent.attach?.url.startsWith('blob:')).toBe(true);
  });

  it('cancels mid-upload with UPLOAD_CANCELLED', async () => {
    const server = await LocalServer.open();
    const { adapter } = await device(server, 'alice', { files: { uploadMs: 200 } });
    const controller = new AbortController();
    const pending = adapter.send(request('file', file(10, 'text/plain')), {
      signal: controller.signal,
      onProgress: (p) => p > 0 && controller.abort(),
    });
    expect(await rejection(pending)).toBe('UPLOAD_CANCELLED');
    expect((await adapter.getSessions({})).items).toHaveLength(0);
  });

  it('enforces size and type limits with coded errors', async () => {
    const server = await LocalServer.open();
    const limits = { maxBytes: 100, allowedTypes: ['image/*', 'application/pdf'] };
    const { adapter } = await device(server, 'alice', { files: limits });
    expect(await rejection(adapter.send(request('file', file(101, 'application/pdf'))))).toBe(
      'FILE_TOO_LARGE',
    );
    expect(await rejection(adapter.send(request('file', file(5, 'text/html'))))).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
    expect(await rejection(adapter.send(request('image', file(5, 'application/pdf'))))).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
    expect((await adapter.send(request('file', file(5, 'application/pdf')))).status).toBe('sent');
  });
});

describe('createLocalAdapter: teams', () => {
  it('member and team changes arrive as notification messages', async () => {
    const server = await LocalServer.open();
    const bob = await device(server, 'bob');
    const team = await server.createTeam({ owner: 'alice', members: ['bob'], name: 'Crew' });
    await server.addTeamMembers(team.teamId, 'alice', ['carol']);
    await server.updateTeam(team.teamId, 'alice', { name: 'Crew 2' });
    await server.removeTeamMembers(team.teamId, 'alice', ['carol']);
    await vi.waitFor(() => expect(ofType(bob.events, 'message')).toHaveLength(4));
    const kinds = ofType(bob.events, 'message').map((e) =>
      e.message.type === 'notification' ? e.message.attach?.kind : e.message.type,
    );
    expect(kinds).toEqual(['addMembers', 'addMembers', 'updateTeam', 'removeMembers']);
    const [session] = (await bob.adapter.getSessions({})).items;
    expect(session).toMatchObject({ id: `team-${team.teamId}`, unread: 0 });
    expect(await bob.adapter.getTeams?.([team.teamId])).toMatchObject([
      { name: 'Crew 2', memberCount: 2 },
    ]);
  });

  it('refuses team changes by a normal member', async () => {
    const server = await LocalServer.open();
    const team = await server.createTeam({ owner: 'alice', members: ['bob'] });
    expect(await rejection(server.addTeamMembers(team.teamId, 'bob', ['eve']))).toBe(
      'PERMISSION_DENIED',
    );
  });
});

export type { LocalAdapter };
