import { EventEmitter } from 'node:events';
import type { Client } from '@xmpp/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepReconnecting, reconnectDelay } from './keepReconnecting.ts';

const timing = { firstDelayMs: 200, maxDelayMs: 30_000, attemptTimeoutMs: 10_000 };

describe('reconnectDelay', () => {
  it('draws between the first delay and a cap that doubles with each failure', () => {
    const low = { ...timing, random: () => 0 };
    const high = { ...timing, random: () => 1 };
    expect([0, 1, 2, 3].map((n) => reconnectDelay(n, low))).toEqual([200, 200, 200, 200]);
    expect([0, 1, 2, 3].map((n) => reconnectDelay(n, high))).toEqual([400, 800, 1600, 3200]);
    expect(reconnectDelay(3, { ...timing, random: () => 0.5 })).toBe(1700);
  });

  it('never waits longer than the most', () => {
    const high = { ...timing, random: () => 1 };
    expect(reconnectDelay(7, high)).toBe(30_000);
    expect(reconnectDelay(50, high)).toBe(30_000);
  });

  it('clients that drop together wait different times', () => {
    const waits = new Set(Array.from({ length: 100 }, () => reconnectDelay(0, timing)));
    expect(waits.size).toBeGreaterThan(90);
  });
});

/** Just enough of an @xmpp/client connection: statuses, a socket, @xmpp/reconnect's handle. */
class FakeClient extends EventEmitter {
  status = 'online';
  socket: { destroy: () => void } | null = null;
  destroyed = 0;
  attempts = 0;
  reconnect = {
    delay: 1000,
    stop: () => undefined,
    reconnect: async () => {
      this.attempts += 1;
      this.to('connecting');
    },
  };

  to(status: string): void {
    this.status = status;
    if (status === 'connecting') {
      this.socket = {
        destroy: () => {
          this.destroyed += 1;
          this.socket = null;
          this.to('disconnect');
        },
      };
    }
    this.emit('status', status);
  }
}

describe('keepReconnecting', () => {
  let client: FakeClient;
  let active: boolean;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    client = new FakeClient();
    active = true;
    stop = keepReconnecting(client as unknown as Client, timing, () => active);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('draws a longer wait after each failed attempt, and starts over once online', () => {
    const drawn: number[] = [];
    const fail = () => {
      client.to('connecting');
      client.to('disconnect');
      drawn.push(client.reconnect.delay);
    };
    client.to('disconnect');
    drawn.push(client.reconnect.delay);
    for (let i = 0; i < 9; i++) fail();
    const caps = [400, 800, 1600, 3200, 6400, 12_800, 25_600, 30_000, 30_000, 30_000];
    drawn.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(200);
      expect(wait).toBeLessThanOrEqual(caps[i] ?? 0);
    });
    client.to('connecting');
    client.to('online');
    client.to('disconnect');
    expect(client.reconnect.delay).toBeLessThanOrEqual(400);
  });

  it('one wait per attempt when a drop reports disconnect twice', () => {
    client.to('disconnect');
    const wait = client.reconnect.delay;
    client.to('close');
    client.to('disconnect');
    expect(client.reconnect.delay).toBe(wait);
  });

  it('abandons an attempt that does not sign in within the attempt timeout', async () => {
    client.to('disconnect');
    client.to('connecting');
    client.to('open'); // the stream opened, and SASL or bind never finished
    await vi.advanceTimersByTimeAsync(timing.attemptTimeoutMs - 1);
    expect(client.destroyed).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.destroyed).toBe(1);
    expect(client.status).toBe('disconnect');
  });

  it('leaves an attempt that signed in alone', async () => {
    client.to('disconnect');
    client.to('connecting');
    client.to('online');
    await vi.advanceTimersByTimeAsync(timing.attemptTimeoutMs * 3);
    expect(client.destroyed).toBe(0);
  });

  it('starts an attempt when none started after a drop', async () => {
    client.to('disconnect');
    client.to('close'); // what @xmpp/reconnect skips: it only tries from `disconnect`
    await vi.advanceTimersByTimeAsync(client.reconnect.delay + timing.attemptTimeoutMs);
    expect(client.attempts).toBe(1);
    expect(client.status).toBe('connecting');
  });

  it('does nothing for a device that signed out', async () => {
    client.to('disconnect');
    client.to('connecting');
    active = false;
    await vi.advanceTimersByTimeAsync(timing.attemptTimeoutMs * 3);
    expect(client.destroyed).toBe(0);
    expect(client.attempts).toBe(0);
  });
});
