import type { EasemobConnection } from './EasemobConnection.ts';

/** Options of {@link createEasemobAdapter}. */
export interface EasemobAdapterOptions {
  // ── Required ─────────────────────────────────────────────────────────────
  /**
   * The connection the app made: `new EasemobChat.connection({ appKey })` from easemob-websdk.
   * The adapter listens to it and closes it on `disconnect`, and never sees the app key.
   */
  conn: EasemobConnection;
  /**
   * Signs the connection in; the app's own call, so the token stays with the app:
   * `() => conn.open({ user, accessToken })`. `connect` calls it unless the connection is
   * already open.
   */
  open: () => Promise<unknown>;

  // ── Optional ─────────────────────────────────────────────────────────────
  /**
   * The signed-in user. Default `conn.context.userId` once open. Compared as given: Easemob
   * advises lowercase ids (mixed case empties the server conversation list, seed 002).
   */
  user?: string;
  /** The recall window set for the app key in Easemob's console, ms. Default 120000 (2 min). */
  recallWindowMs?: number;
  /** Most pinned conversations of a user. Default 50 (seed 002). */
  maxPins?: number;
  /**
   * The app key has Easemob's reactions on (a console setting): `react` exists. Default true;
   * false leaves `react` out, so the UI hides reactions.
   */
  reactions?: boolean;
  /**
   * The app key has Easemob's message modification on (enabled by Easemob on request): `edit`
   * exists. Default true; false leaves `edit` out, so the UI hides editing.
   */
  edits?: boolean;
  /**
   * How long after sending its sender may edit a message, ms. Easemob's server sets no limit
   * (a message can be modified while the server keeps it, at most 10 times); an app that wants
   * one sets it here, and `edit` refuses later edits with `EDIT_EXPIRED`. Default: no limit.
   */
  editWindowMs?: number;
  /** How long `connect` waits for `open` to sign in, ms; then `TIMEOUT`. Default 30000. */
  connectTimeoutMs?: number;
}
