import type { ChatAdapter } from '../model/ChatAdapter.ts';

/** Backend settings the suite asks a factory for. */
export interface ConformanceOptions {
  /**
   * Recall window, ms, for the backend under test. The suite asks for a short one only in
   * the test of expired recalls. Default: the backend's own (the contract's default 120000).
   */
  recallWindowMs?: number;
  /**
   * Edit window, ms, for backends with `edit`. The suite asks for a short one only in the
   * test of expired edits. Default: the backend's own.
   */
  editWindowMs?: number;
}

/** A new team (or super team) on the backend under test. */
export interface ConformanceTeam {
  owner: string;
  /** Members besides the owner. */
  members: string[];
  /** Default `'team'`. */
  scene?: 'team' | 'superTeam';
}

/** One fresh backend, as the suite sees it. */
export interface ConformanceBackend {
  /**
   * Signs in a new device of `account` and resolves with its adapter, already connected.
   * Calling it twice for one account gives two devices (or, after the first disconnected,
   * the next login).
   */
  connect(account: string): Promise<ChatAdapter>;
  /** Creates a team with these members; resolves with the team id. */
  createTeam(team: ConformanceTeam): Promise<string>;
  /** Disconnects everything and releases the backend. */
  close(): Promise<void>;
}

/** Creates one fresh, empty backend per test. */
export type ConformanceFactory = (options: ConformanceOptions) => Promise<ConformanceBackend>;

/**
 * Optional parts of the contract to check too (each defaults to false, except `pinExt`). For
 * `replies`, `reactions` and `edits` a backend without the part is checked to say so: a chat
 * over it has the part off in `supports`, so the UI hides it.
 */
export interface ConformanceFeatures {
  getSession?: boolean;
  getPinnedSessions?: boolean;
  setSessionExt?: boolean;
  forward?: boolean;
  getTeamReceiptDetail?: boolean;
  markAllSessionsRead?: boolean;
  /** File messages with `file` blobs and upload progress. */
  files?: boolean;
  /** `searchDirectory`: finding peers and the account's teams, by id and prefix. */
  searchDirectory?: boolean;
  /**
   * Pins carry an `ext` (default true). False for backends whose pins have none (Easemob's
   * `pinConversation`): then a pin with an ext and `updatePinExt` must reject with
   * `UNSUPPORTED` instead of keeping the ext on one device only.
   */
  pinExt?: boolean;
  /** `replies`: a reply's `replyTo` reaches the peer and comes back with history. */
  replies?: boolean;
  /** `react`: reactions p2p and in teams, on every device, folded into history. */
  reactions?: boolean;
  /** `edit` and `editWindowMs`: edits seen by the peer, in previews and in history. */
  edits?: boolean;
}
