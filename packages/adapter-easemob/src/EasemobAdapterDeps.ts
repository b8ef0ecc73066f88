import type { AdapterEvent, Message, SessionId } from '@parley/core';
import type { RecallMemory } from '@parley/core/rules';
import type { EasemobAdapterOptions } from './EasemobAdapterOptions.ts';
import type { EasemobConnection } from './EasemobConnection.ts';
import type { ServerClock } from './ServerClock.ts';

/**
 * What one adapter's methods share: the app's connection, the options, and what this device
 * learned that Easemob's server lists do not carry (messages seen, recall notices, read
 * positions, local deletes).
 */
export interface EasemobAdapterDeps {
  readonly conn: EasemobConnection;
  readonly options: EasemobAdapterOptions;
  /** Messages this device saw, by `idClient` and by server id. */
  readonly seen: Map<string, Message>;
  readonly recalls: RecallMemory;
  /** The server's clock as this device can tell it, for changes answered without a time. */
  readonly clock: ServerClock;
  /** Read positions this device learned: my acks (`ack`) and the peer's receipts (`receipt`). */
  readonly reads: { ack: Map<SessionId, number>; receipt: Map<SessionId, number> };
  /** Sessions deleted on this device only, with the time of the newest message they hid. */
  readonly hidden: Map<SessionId, number>;
  /** The signed-in user ('' before the SDK knows it). */
  me(): string;
  /** @throws ChatError `NOT_CONNECTED` unless `connect` succeeded and no `disconnect` followed */
  live(): void;
  /** Hands an event to the adapter's subscribers. */
  emit(event: AdapterEvent): void;
  /** Keeps a message for later receipt, recall and delete calls. */
  remember(message: Message): void;
  /** Drops a message deleted from my history. */
  forget(idClient: string): void;
  /** Ids of the pinned sessions, from the server. */
  pinnedIds(): Promise<Set<SessionId>>;
  /** Member ids of a group, from the server. */
  groupMembers(groupId: string): Promise<string[]>;
}

/** Raises a read position; positions only move forward. */
export function advance(map: Map<SessionId, number>, id: SessionId, time: number): void {
  if (time > (map.get(id) ?? 0)) map.set(id, time);
}
