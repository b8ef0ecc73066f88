import type { SendRequest } from '@parley/core';
import { createRandom } from '../peers/prng.ts';
import type { FeedEntry } from '../server/Feed.ts';

/**
 * Faults to inject into one device's link to the server. Probabilities are 0..1 and drawn
 * from a PRNG seeded with `seed`, so a run is reproducible.
 */
export interface FaultOptions {
  /** Seed of the fault PRNG. Default 1. */
  seed?: number;
  /** Chance that a send fails with `SEND_FAILED`, or a predicate choosing which. Default 0. */
  failSend?: number | ((request: SendRequest) => boolean);
  /**
   * Where a failing send fails: `'request'` (the server never sees it) or `'response'`
   * (the server stored it, the answer was lost; a resend with the same idClient returns it
   * and creates nothing). Default `'request'`.
   */
  failSendAt?: 'request' | 'response';
  /** Chance that an event is dropped on the wire. Default 0. */
  drop?: number;
  /** Chance that an event arrives twice. Default 0. */
  duplicate?: number;
  /** Chance that an event is held back and arrives after the next one. Default 0. */
  reorder?: number;
  /**
   * Repair the stream by sequence number (skip duplicates, buffer early events, fetch gaps)
   * so listeners see every event once and in order. With false, listeners see the faulty
   * stream as is, to test a store's idempotence. Default true.
   */
  repair?: boolean;
  /**
   * While events are dropped or reordered, how often the device asks the server for events
   * it has not seen (a drop at the tail has no later event to reveal the gap), ms.
   * Default 200.
   */
  syncIntervalMs?: number;
}

/** Applies wire faults to feed entries on their way to a device. */
export class FaultyWire {
  private readonly random: () => number;
  private held: FeedEntry[] = [];

  constructor(
    private readonly faults: FaultOptions,
    private readonly deliver: (entry: FeedEntry) => void,
  ) {
    this.random = createRandom(faults.seed ?? 1);
  }

  private chance(p: number | undefined): boolean {
    return p !== undefined && p > 0 && this.random() < p;
  }

  /** Whether this send should fail. */
  failSend(request: SendRequest): boolean {
    const rule = this.faults.failSend;
    return typeof rule === 'function' ? rule(request) : this.chance(rule);
  }

  /** Passes an entry through the faults. */
  push(entry: FeedEntry): void {
    if (this.chance(this.faults.drop)) return;
    if (this.chance(this.faults.reorder)) {
      this.held.push(entry);
      return;
    }
    this.deliver(entry);
    if (this.chance(this.faults.duplicate)) this.deliver(entry);
    this.release();
  }

  /** Delivers events held back for reordering (after a newer one, or on a flush). */
  release(): void {
    const held = this.held;
    this.held = [];
    for (const entry of held.reverse()) this.deliver(entry);
  }
}
