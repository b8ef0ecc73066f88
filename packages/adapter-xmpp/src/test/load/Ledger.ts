import { percentiles } from './percentile.ts';

/** When a message was sent, relative to the node restart. */
export type Phase = 'warmup' | 'steady' | 'failover';

interface Entry {
  phase: Phase;
  /** performance.now() when the sender called send(). */
  sentAt: number;
  accepted: boolean;
  /** Accounts that must receive it (the peer, or the team's other members). */
  recipients: ReadonlySet<string>;
  /** First arrival per recipient. */
  arrived: Map<string, number>;
}

/** Latency percentiles of one phase, ms. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** What the ledger counted. */
export interface Tally {
  /** Messages whose send() resolved (accepted by the server). */
  accepted: number;
  /** Messages never accepted before the run ended (send() kept failing). */
  unsent: number;
  /** (message, recipient) pairs of accepted messages. */
  expected: number;
  delivered: number;
  /** Expected pairs that never arrived. */
  lost: number;
  /** Arrivals of a pair that had arrived already. */
  duplicated: number;
  /** Arrivals at an account that was not a recipient. */
  misrouted: number;
  latency: Record<Phase, Latency>;
}

/**
 * Every message of a load run and every arrival: the one place that decides what counts as
 * delivered, lost or duplicated. Keyed by idClient, as the adapter is.
 */
export class Ledger {
  private readonly entries = new Map<string, Entry>();
  private duplicated = 0;
  private misrouted = 0;
  private waiting = 0;

  sent(idClient: string, recipients: readonly string[], phase: Phase, sentAt: number): void {
    if (this.entries.has(idClient)) return; // a resend keeps its first send time
    this.entries.set(idClient, {
      phase,
      sentAt,
      accepted: false,
      recipients: new Set(recipients),
      arrived: new Map(),
    });
  }

  accepted(idClient: string): void {
    const entry = this.entries.get(idClient);
    if (!entry || entry.accepted) return;
    entry.accepted = true;
    this.waiting += entry.recipients.size - entry.arrived.size;
  }

  arrived(idClient: string, recipient: string, at: number): void {
    const entry = this.entries.get(idClient);
    if (!entry?.recipients.has(recipient)) {
      this.misrouted += 1;
      return;
    }
    if (entry.arrived.has(recipient)) {
      this.duplicated += 1;
      return;
    }
    entry.arrived.set(recipient, at);
    if (entry.accepted) this.waiting -= 1;
  }

  /** Up to `limit` expected arrivals that have not happened, for the run's log. */
  missing(limit: number): { idClient: string; recipient: string; phase: Phase; sentAt: number }[] {
    const found: { idClient: string; recipient: string; phase: Phase; sentAt: number }[] = [];
    for (const [idClient, entry] of this.entries) {
      if (!entry.accepted) continue;
      for (const recipient of entry.recipients) {
        if (entry.arrived.has(recipient)) continue;
        found.push({ idClient, recipient, phase: entry.phase, sentAt: entry.sentAt });
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  /** Expected arrivals of accepted messages that have not happened yet. */
  pending(): number {
    return this.waiting;
  }

  tally(): Tally {
    const samples: Record<Phase, number[]> = { warmup: [], steady: [], failover: [] };
    let accepted = 0;
    let unsent = 0;
    let expected = 0;
    let delivered = 0;
    for (const entry of this.entries.values()) {
      for (const at of entry.arrived.values()) samples[entry.phase].push(at - entry.sentAt);
      if (!entry.accepted) {
        unsent += 1;
        continue;
      }
      accepted += 1;
      expected += entry.recipients.size;
      delivered += entry.arrived.size;
    }
    const latency = (values: number[]): Latency => {
      const [p50 = 0, p95 = 0, p99 = 0, max = 0] = percentiles(values, [0.5, 0.95, 0.99, 1]);
      return { count: values.length, p50, p95, p99, max };
    };
    return {
      accepted,
      unsent,
      expected,
      delivered,
      lost: expected - delivered,
      duplicated: this.duplicated,
      misrouted: this.misrouted,
      latency: {
        warmup: latency(samples.warmup),
        steady: latency(samples.steady),
        failover: latency(samples.failover),
      },
    };
  }
}
