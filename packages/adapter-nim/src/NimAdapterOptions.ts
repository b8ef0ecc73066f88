import type { NimInstance } from './NimInstance.ts';

/** Options of {@link createNimAdapter}. */
export interface NimAdapterOptions {
  // ── Required ─────────────────────────────────────────────────────────────
  /**
   * The SDK instance the app made: `NIM.getInstance({ appkey, account, token })` from
   * nim-web-sdk-ng. The adapter connects and disconnects it but never destroys it, and never
   * sees the app key or token beyond what the instance holds.
   */
  nim: NimInstance;

  // ── Optional ─────────────────────────────────────────────────────────────
  /** The signed-in account. Default `nim.options.account`. Compared as given: use lowercase ids. */
  account?: string;
  /** The recall window set for the app key in NetEase's console, ms. Default 120000 (2 min). */
  recallWindowMs?: number;
  /** Most pinned (stick-top) sessions of an account. Default 50. */
  maxPins?: number;
  /**
   * The app key has NetEase's server-session service on (seed 003, `nim.cloudSession`): then
   * `setSessionExt` exists and session deletes also delete the server sessions. Default false,
   * and `setSessionExt` is absent.
   */
  cloudSessions?: boolean;
  /**
   * How long `connect` waits for the SDK to sign in and finish its login sync (`syncdone`), ms.
   * Then it fails with `TIMEOUT` and signs the instance out, so the SDK stops trying. Default
   * 30000.
   */
  connectTimeoutMs?: number;
}
