import type { AdapterEvent } from '@parley/core';

/** One event of an account's feed. */
export interface FeedEntry {
  /** Position in the account's feed, from 1, without gaps. */
  seq: number;
  event: AdapterEvent;
  /** Device that caused it; that device does not apply its own echo. */
  origin?: string;
}

/** A connected device, as the server sees it. */
export interface DeviceLink {
  readonly account: string;
  readonly deviceId: string;
  /** Called for every new entry of the account's feed. */
  push(entry: FeedEntry): void;
}

/**
 * Per-account event feeds. Every event gets a sequence number, so a device that missed some
 * (dropped, offline) asks for everything after the last one it applied.
 */
export class Feed {
  private readonly entries = new Map<string, FeedEntry[]>();
  private readonly links = new Map<string, Set<DeviceLink>>();

  /** Appends an event to an account's feed and pushes it to its connected devices. */
  emit(account: string, event: AdapterEvent, origin?: string): void {
    let list = this.entries.get(account);
    if (!list) {
      list = [];
      this.entries.set(account, list);
    }
    const entry: FeedEntry = { seq: list.length + 1, event, origin };
    list.push(entry);
    for (const link of this.links.get(account) ?? []) link.push(entry);
  }

  /** Sequence number of the account's newest entry; 0 when none. */
  head(account: string): number {
    return this.entries.get(account)?.length ?? 0;
  }

  /** Entries after `seq`, oldest first. */
  since(account: string, seq: number): FeedEntry[] {
    return this.entries.get(account)?.slice(Math.max(0, seq)) ?? [];
  }

  attach(link: DeviceLink): void {
    let set = this.links.get(link.account);
    if (!set) {
      set = new Set();
      this.links.set(link.account, set);
    }
    set.add(link);
  }

  detach(link: DeviceLink): void {
    this.links.get(link.account)?.delete(link);
  }

  /** Accounts with at least one connected device. */
  onlineAccounts(): string[] {
    return [...this.links].filter(([, set]) => set.size > 0).map(([account]) => account);
  }
}
