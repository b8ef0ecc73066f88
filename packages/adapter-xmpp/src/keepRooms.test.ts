import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRooms } from './keepRooms.ts';
import { TeamRooms } from './TeamRooms.ts';
import { FakeRoomLink } from './test/FakeRoomLink.ts';
import type { ArchivedItem } from './XmppLink.ts';

const MUC = 'conference.example.com';
const QUIET_MS = 30_000;
/** keepRooms looks at the rooms every quarter of the quiet period. */
const TICK_MS = QUIET_MS / 4;

describe('keepRooms', () => {
  let link: FakeRoomLink;
  let rooms: TeamRooms;
  let ingested: string[];
  let online: boolean;
  let stop: () => void;
  beforeEach(async () => {
    vi.useFakeTimers();
    link = new FakeRoomLink('alice', MUC);
    ingested = [];
    rooms = new TeamRooms({
      me: 'alice',
      mucDomain: MUC,
      link,
      loginWindow: 100,
      enterTimeoutMs: 10_000,
      ingest: (item: ArchivedItem) => ingested.push(item.message.getChildText('body') ?? ''),
    });
    online = true;
    stop = keepRooms(
      {
        me: 'alice',
        mucDomain: MUC,
        link,
        rooms,
        get online() {
          return online;
        },
      },
      QUIET_MS,
    );
    await rooms.join('t1');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('joins a room again at the next look when its join failed, and reads what it missed', async () => {
    link.restart('t1', false);
    link.answer = 'never';
    const failing = rooms.rejoin('t1').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10_000); // the link's answer timeout
    await failing;
    expect(rooms.rooms.get('t1')?.lost).toBe(true);
    link.post('t1', 'bob', 'while out');
    link.answer = 'ok';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(rooms.rooms.get('t1')?.lost).toBe(false);
    expect(ingested).toEqual(['while out']);
    link.post('t1', 'bob', 'live');
    expect(ingested).toEqual(['while out']); // live entries are the device's, not the catch-up's
  });

  it('tries a room that keeps failing less and less often, and at once again after it worked', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1); // the longest drawn waits
    link.answer = 'wait'; // every join is answered with an error
    link.restart('t1', true);
    await vi.advanceTimersByTimeAsync(20 * TICK_MS);
    // Waits of 2, 4, then 8 looks (the most, twice the quiet period) after the first retry.
    expect(link.joins - 1).toBe(4);
    link.answer = 'ok';
    await vi.advanceTimersByTimeAsync(3 * TICK_MS);
    expect(link.joins - 1).toBe(5);
    expect(rooms.rooms.get('t1')?.live).toBe(true);
    link.restart('t1', true);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(link.joins - 1).toBe(6);
    vi.mocked(Math.random).mockRestore();
  });

  it('joins a room that shut down at the next look, without waiting for it to be quiet', async () => {
    link.post('t1', 'bob', 'before');
    link.restart('t1', true);
    link.post('t1', 'bob', 'after');
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(link.joins).toBe(2);
    expect(ingested).toEqual(['after']);
  });

  it('finds a room that forgot me without a word once it is quiet, and joins it again', async () => {
    link.restart('t1', false);
    link.post('t1', 'bob', 'unseen');
    await vi.advanceTimersByTimeAsync(QUIET_MS - TICK_MS);
    expect(link.joins).toBe(1);
    await vi.advanceTimersByTimeAsync(2 * TICK_MS);
    expect(link.joins).toBe(2);
    expect(ingested).toEqual(['unseen']);
  });

  it('leaves a room that refused me, and everything once the adapter disconnected', async () => {
    link.restart('t1', false);
    link.answer = 'auth';
    await rooms.rejoin('t1').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(4 * TICK_MS);
    expect(link.joins).toBe(2);
    link.answer = 'ok';
    link.restart('t1', true);
    await rooms.join('t2');
    link.restart('t2', true);
    online = false;
    await vi.advanceTimersByTimeAsync(4 * TICK_MS);
    expect(link.joins).toBe(3);
  });
});
