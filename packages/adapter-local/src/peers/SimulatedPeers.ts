import type { AdapterEvent, Message } from '@parley/core';
import { createLocalAdapter, type LocalAdapter } from '../client/createLocalAdapter.ts';
import type { LocalServer } from '../server/LocalServer.ts';
import { createRandom } from './prng.ts';

/** Options of {@link SimulatedPeers}. */
export interface SimulatedPeersOptions {
  server: LocalServer;
  /** Accounts the simulation plays. */
  peers: string[];
  /** PRNG seed; the same seed and the same inputs give the same behaviour. Default 42. */
  seed?: number;
  /** Delay before a peer reads and types, ms. Default 300. */
  readDelayMs?: number;
  /** Delay before a peer's reply, ms. Default 1200. */
  replyDelayMs?: number;
  /** Chance that a peer recalls its reply shortly after. Default 0.05. */
  recallChance?: number;
  /** Chance that a peer answers a team message. Default 0.3. */
  teamReplyChance?: number;
  /** Canned replies. Default a short built-in list. */
  replies?: string[];
}

const REPLIES = [
  'Sounds good!',
  'Let me check and get back to you.',
  'Haha, true 😄',
  'On my way.',
  'Can we talk tomorrow?',
  'Thanks!',
  'Interesting — tell me more.',
  'Sure, why not.',
];

/**
 * Peers that keep a demo alive: they read what they receive (so receipts move), type, reply,
 * now and then recall a reply, and post in their teams. Deterministic for a seed.
 */
export class SimulatedPeers {
  private readonly random: () => number;
  private readonly adapters = new Map<string, LocalAdapter>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly options: Required<Omit<SimulatedPeersOptions, 'server' | 'peers'>>;
  private counter = 0;

  constructor(private readonly init: SimulatedPeersOptions) {
    this.random = createRandom(init.seed ?? 42);
    this.options = {
      seed: init.seed ?? 42,
      readDelayMs: init.readDelayMs ?? 300,
      replyDelayMs: init.replyDelayMs ?? 1200,
      recallChance: init.recallChance ?? 0.05,
      teamReplyChance: init.teamReplyChance ?? 0.3,
      replies: init.replies ?? REPLIES,
    };
  }

  /** Signs every peer in and starts reacting. */
  async start(): Promise<void> {
    for (const account of this.init.peers) {
      const adapter = createLocalAdapter({ server: this.init.server, account });
      adapter.subscribe((event) => this.react(adapter, event));
      await adapter.connect();
      this.adapters.set(account, adapter);
    }
  }

  /** Stops reacting and signs every peer out. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.adapters.values()].map((a) => a.disconnect()));
    this.adapters.clear();
  }

  /** Has `account` (one of the peers) post a text in a session; resolves with the message. */
  async post(
    account: string,
    scene: Message['scene'],
    to: string,
    body?: string,
  ): Promise<Message> {
    const adapter = this.adapters.get(account);
    if (!adapter) throw new Error(`"${account}" is not a started peer`);
    return adapter.send({
      idClient: this.nextId(account),
      scene,
      to,
      type: 'text',
      body: body ?? this.pick(),
    });
  }

  private nextId(account: string): string {
    this.counter += 1;
    return `peer-${account}-${this.options.seed}-${this.counter}`;
  }

  private pick(): string {
    const list = this.options.replies;
    return list[Math.floor(this.random() * list.length)] ?? 'OK';
  }

  private later(ms: number, run: () => Promise<unknown>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // Peers are best-effort: a failure (e.g. the demo went offline) only skips this action.
      run().catch(() => undefined);
    }, ms);
    this.timers.add(timer);
  }

  private react(adapter: LocalAdapter, event: AdapterEvent): void {
    if (event.type !== 'message') return;
    const message = event.message;
    if (message.from === adapter.account || this.adapters.has(message.from)) return;
    if (message.type === 'notification' || message.type === 'tip') return;
    if (message.scene !== 'p2p' && this.random() >= this.options.teamReplyChance) return;
    const { readDelayMs, replyDelayMs } = this.options;
    this.later(readDelayMs, async () => {
      await adapter.sendReceipt(message);
      await adapter.markSessionRead(message.sessionId, message.time);
      await adapter.sendTyping?.(message.sessionId);
    });
    const recall = this.random() < this.options.recallChance;
    this.later(replyDelayMs, async () => {
      const reply = await this.post(
        adapter.account,
        message.scene,
        message.scene === 'p2p' ? message.from : message.to,
      );
      if (recall) this.later(readDelayMs, () => adapter.recall(reply));
    });
  }
}
