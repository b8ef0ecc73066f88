import type { ChatAdapter, SendRequest } from '@parley/core';
import { createXmppAdapter } from '../../createXmppAdapter.ts';
import type { Ledger, Phase } from './Ledger.ts';

/** One lost connection of a user's device and when it was back, performance.now() ms. */
export interface Drop {
  lostAt: number;
  backAt?: number;
}

/** Where a simulated user signs in. */
export interface LoadUserOptions {
  name: string;
  /** Its load balancer's endpoint. */
  service: string;
  domain: string;
  password: string;
  /** The adapter's `roomCheckMs`. */
  roomCheckMs: number;
}

let sequence = 0;

/**
 * A simulated user: one headless adapter (one device), as an app would hold it. It sends open
 * loop (the caller's schedule, not waiting for answers), keeps what failed in an outbox and
 * resends it with the same idClient once it is connected again, as Parley's outbox does, and
 * reports every arrival and reconnection.
 */
export class LoadUser {
  readonly name: string;
  readonly adapter: ChatAdapter;
  readonly drops: Drop[] = [];
  /** Failed send attempts by scene and error code (`team TIMEOUT`); each is resent. */
  readonly failures = new Map<string, number>();
  private readonly outbox = new Map<string, SendRequest>();
  private inFlight = 0;

  constructor(
    options: LoadUserOptions,
    private readonly ledger: Ledger,
  ) {
    this.name = options.name;
    this.adapter = createXmppAdapter({
      service: options.service,
      domain: options.domain,
      username: options.name,
      password: options.password,
      mechanism: 'PLAIN',
      roomCheckMs: options.roomCheckMs,
    });
    this.adapter.subscribe((event) => {
      const now = performance.now();
      if (event.type === 'message' && event.message.from !== this.name) {
        ledger.arrived(event.message.idClient, this.name, now);
      } else if (event.type === 'connection') {
        const last = this.drops.at(-1);
        if (event.status === 'reconnecting' && (!last || last.backAt !== undefined)) {
          this.drops.push({ lostAt: now });
        } else if (event.status === 'connected' && last && last.backAt === undefined) {
          last.backAt = now;
          this.flush();
        }
      }
    });
  }

  get connected(): boolean {
    const last = this.drops.at(-1);
    return !last || last.backAt !== undefined;
  }

  /** Messages not accepted yet (in flight or waiting in the outbox). */
  get unsettled(): number {
    return this.inFlight + this.outbox.size;
  }

  /** Sends whose attempt has not answered yet. */
  get waiting(): number {
    return this.inFlight;
  }

  /** Sends a text to `to` (an account or a team id), records who must receive it; its idClient. */
  send(scene: 'p2p' | 'team', to: string, recipients: readonly string[], phase: Phase): string {
    sequence += 1;
    const request: SendRequest = {
      idClient: `${this.name}-${sequence}`,
      scene,
      to,
      type: 'text',
      body: `load ${sequence}`,
    };
    this.ledger.sent(request.idClient, recipients, phase, performance.now());
    void this.attempt(request);
    return request.idClient;
  }

  /** Resends what failed (same idClients). */
  flush(): void {
    for (const request of [...this.outbox.values()]) void this.attempt(request);
  }

  private async attempt(request: SendRequest): Promise<void> {
    this.outbox.delete(request.idClient);
    this.inFlight += 1;
    try {
      await this.adapter.send(request);
      this.ledger.accepted(request.idClient);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const key = `${request.scene} ${typeof code === 'string' ? code : 'uncoded'}`;
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
      this.outbox.set(request.idClient, request);
    } finally {
      this.inFlight -= 1;
    }
  }
}
