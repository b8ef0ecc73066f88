import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamRooms } from './TeamRooms.ts';
import { FakeRoomLink } from './test/FakeRoomLink.ts';
import type { ArchivedItem } from './XmppLink.ts';

const MUC = 'conference.example.com';

/** alice's rooms over a fake MUC service, recording what each catch-up hands on. */
function setupRooms(loginWindow = 100) {
  const link = new FakeRoomLink('alice', MUC);
  const ingested: string[] = [];
  const rooms = new TeamRooms({
    me: 'alice',
    mucDomain: MUC,
    link,
    loginWindow,
    enterTimeoutMs: 5000,
    ingest: (item: ArchivedItem) => ingested.push(item.message.getChildText('body') ?? ''),
  });
  return { link, rooms, ingested };
}

describe('TeamRooms', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after the room forgot me, reads all it archived since the last entry I saw live', async () => {
    // A login window of 2: reading "the newest entries" again would miss some.
    const { link, rooms, ingested } = setupRooms(2);
    await rooms.join('t1');
    link.post('t1', 'bob', 'one');
    link.post('t1', 'bob', 'two');
    link.restart('t1', false);
    link.post('t1', 'bob', 'three');
    link.post('t1', 'carol', 'four');
    link.post('t1', 'bob', 'five');
    await rooms.rejoin('t1');
    expect(ingested).toEqual(['three', 'four', 'five']);
    expect(link.reads).toEqual(['a0002']);
  });

  it('when the entry I saw last expired from the archive, reads the newest entries', async () => {
    const { link, rooms, ingested } = setupRooms(2);
    await rooms.join('t1');
    const seen = link.post('t1', 'bob', 'seen');
    link.restart('t1', false);
    link.post('t1', 'bob', 'one');
    link.post('t1', 'bob', 'two');
    link.post('t1', 'bob', 'three');
    link.expire('t1', seen);
    await rooms.rejoin('t1');
    expect(ingested).toEqual(['two', 'three']);
    expect(rooms.rooms.get('t1')?.lost).toBe(false);
  });

  it('a room that shut down is marked lost, and its join reads what I missed', async () => {
    const { link, rooms, ingested } = setupRooms();
    await rooms.join('t1');
    link.post('t1', 'bob', 'seen');
    link.restart('t1', true);
    expect(rooms.rooms.get('t1')).toMatchObject({ joined: null, lost: true });
    link.post('t1', 'bob', 'missed');
    await rooms.join('t1');
    expect(ingested).toEqual(['missed']);
    expect(rooms.rooms.get('t1')?.lost).toBe(false);
  });

  it('entries seen live while a catch-up that then failed ran are read again', async () => {
    const { link, rooms, ingested } = setupRooms();
    await rooms.join('t1');
    link.post('t1', 'bob', 'one');
    link.restart('t1', false);
    link.post('t1', 'bob', 'two');
    link.failedReads = 1;
    const joining = rooms.rejoin('t1');
    link.post('t1', 'bob', 'three'); // live: I am inside again, the catch-up is not done
    await expect(joining).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(rooms.rooms.get('t1')?.lost).toBe(true);
    await rooms.join('t1');
    expect(link.reads).toEqual(['a0001', 'a0001']);
    expect(ingested).toEqual(['two', 'three']);
  });

  it('a command waiting on a room that never answers rejects with TIMEOUT; the room is retried', async () => {
    const { link, rooms } = setupRooms();
    link.answer = 'never';
    const waiting = expect(rooms.enter('t1')).rejects.toMatchObject({ code: 'TIMEOUT' });
    await vi.advanceTimersByTimeAsync(5000);
    await waiting;
    await vi.advanceTimersByTimeAsync(5000);
    expect(rooms.rooms.get('t1')).toMatchObject({ joined: null, lost: true });
    link.answer = 'ok';
    await rooms.enter('t1');
    expect(link.joins).toBe(2);
  });

  it('a room in flux is retried; a room that refuses me is not', async () => {
    const { link, rooms } = setupRooms();
    link.answer = 'wait';
    await expect(rooms.join('t1')).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(rooms.rooms.get('t1')?.lost).toBe(true);
    link.answer = 'auth';
    await expect(rooms.join('t1')).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(rooms.rooms.get('t1')?.lost).toBe(false);
  });

  it('enters once for any number of commands waiting together', async () => {
    const { link, rooms } = setupRooms();
    await Promise.all([rooms.enter('t1'), rooms.enter('t1'), rooms.join('t1')]);
    expect(link.joins).toBe(1);
  });
});
