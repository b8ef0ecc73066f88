import { describe, expect, it } from 'vitest';
import { Ledger } from './Ledger.ts';

describe('Ledger', () => {
  it('counts what arrived, what is missing and what came twice, per recipient', () => {
    const ledger = new Ledger();
    ledger.sent('a', ['bob'], 'steady', 100);
    ledger.sent('t', ['bob', 'carol'], 'steady', 200);
    ledger.accepted('a');
    ledger.accepted('t');
    expect(ledger.pending()).toBe(3);
    ledger.arrived('a', 'bob', 130);
    ledger.arrived('a', 'bob', 150);
    ledger.arrived('t', 'carol', 260);
    ledger.arrived('t', 'dave', 270);
    expect(ledger.pending()).toBe(1);
    expect(ledger.missing(10)).toEqual([
      { idClient: 't', recipient: 'bob', phase: 'steady', sentAt: 200 },
    ]);
    expect(ledger.tally()).toMatchObject({
      accepted: 2,
      expected: 3,
      delivered: 2,
      lost: 1,
      duplicated: 1,
      misrouted: 1,
      latency: { steady: { count: 2, p50: 30, max: 60 } },
    });
  });

  it('keeps the first send time of a resend and counts a never accepted message apart', () => {
    const ledger = new Ledger();
    ledger.sent('r', ['bob'], 'failover', 1000);
    ledger.sent('r', ['bob'], 'failover', 4000);
    ledger.arrived('r', 'bob', 4100);
    expect(ledger.pending()).toBe(0);
    ledger.accepted('r');
    ledger.sent('x', ['bob'], 'failover', 5000);
    expect(ledger.pending()).toBe(0);
    expect(ledger.tally()).toMatchObject({
      accepted: 1,
      unsent: 1,
      lost: 0,
      latency: { failover: { count: 1, max: 3100 } },
    });
  });
});
