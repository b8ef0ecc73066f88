import type { Message, Scene, SessionId, StickTopInfo, Team, TeamMember } from '@parley/core';

/**
 * A message as the server keeps it: the sender's view plus receipt bookkeeping.
 * Every account sees it through `viewMessage`.
 */
export type StoredMessage = Message & {
  /** Team messages that asked for read receipts. */
  needReceipt?: boolean;
  /** Accounts that sent a team receipt for it. */
  readers?: string[];
};

/** A team with its members, as stored. */
export interface TeamRecord {
  team: Team;
  members: TeamMember[];
}

/** What one account knows about one session on the server. */
export interface SessionRecord {
  account: string;
  sessionId: SessionId;
  scene: Scene;
  to: string;
  /** Everything at or before it is read by the account. */
  ack: number;
  /** p2p: the peer read the account's messages up to this time. */
  msgReceiptTime: number;
  stickTopInfo: StickTopInfo;
  ext: string;
  mute: boolean;
  /** The session exists without messages since this time (ext or pin created it); 0 if not. */
  createdAt: number;
  /** Deleted on the server without history at this time; hidden until the next login. */
  deletedAt: number;
  /** History at or before this time is deleted for the account. */
  clearedBefore: number;
  /** Messages deleted for the account only. */
  deletedIds: string[];
}

/** Where a command came from, so that its echo skips the device that issued it. */
export interface Origin {
  account: string;
  deviceId: string;
}
