import type { LocalAdapter } from '@parley/adapter-local';
import type { Message, Session, StickTopInfo } from '@parley/core';
import type { FakeNimCloud } from './FakeNimCloud.ts';

/**
 * What the faked SDK services (`nim.msg`, `nim.session`, …) share of their device: its account
 * and cloud, the SDK's memory session list, and its link to the server. `FakeNim` implements it.
 */
export interface FakeNimState {
  readonly account: string;
  readonly cloud: FakeNimCloud;
  /** The SDK's memory session list (in Parley's shape). */
  readonly memory: Map<string, Session>;
  /** The device's link to the server; 415 (network unavailable) when signed out. */
  device(): LocalAdapter;
  /** Adds a message to its session in memory; false when it was seen already. */
  applyMessage(message: Message): boolean;
  /** Records a pin in the SDK's lists; returns the session as the SDK now shows it. */
  keepPin(sessionId: string, info: StickTopInfo): Session;
  /** Emits `updateSession` for a session of memory, or for a stub when memory lacks it. */
  updated(sessionId: string, stub?: Session): void;
  /** Reloads a session from the server into memory. */
  reload(sessionId: string): Promise<void>;
}
