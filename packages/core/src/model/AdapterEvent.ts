import type { ChatErrorInfo } from './ChatError.ts';
import type { Message } from './Message.ts';
import type { Session, StickTopInfo } from './Session.ts';
import type { SessionId } from './SessionId.ts';
import type { Team, UserProfile } from './User.ts';

/** Connection state of an adapter. */
export type ConnectionStatus =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'disconnected';

/**
 * A change of one account's reactions on one message: one key turned on or off, or the
 * account's whole set now (backends that send whole sets, XEP-0444: these keys on, every
 * other key of the account off).
 */
export type ReactionChange = { key: string; on: boolean } | { keys: readonly string[] };

/**
 * Everything a backend pushes. Every event is keyed (message `idClient`, session id plus a
 * server time), so applying duplicates or out-of-order events leaves the same state as one
 * in-order delivery: later times win, counts only grow, recalls and deletes are tombstones.
 */
export type AdapterEvent =
  | { type: 'connection'; status: ConnectionStatus; error?: ChatErrorInfo }
  /**
   * A message arrived or changed: received, sent by another device of mine, or
   * updated (status, team receipt counts). Keyed by `idClient`.
   */
  | { type: 'message'; message: Message }
  /** A message was recalled; `message` is the recalled version (a tip with `recall`). */
  | { type: 'recall'; message: Message }
  /** p2p: the peer read my messages up to `time`. */
  | { type: 'p2pReceipt'; sessionId: SessionId; time: number }
  /** Team receipt counts of one message. Counts only move toward read. */
  | { type: 'teamReceipt'; sessionId: SessionId; idClient: string; read: number; unread: number }
  /** Another device of mine reset the session's unread up to `ack`. */
  | { type: 'sessionRead'; sessionId: SessionId; ack: number }
  /** Pin, unpin or pin-ext change, from this or another device. Later `updateTime` wins. */
  | { type: 'pin'; sessionId: SessionId; stickTopInfo: StickTopInfo }
  /** Sessions deleted on the server (by another device) at `time`. */
  | { type: 'sessionsDeleted'; sessionIds: SessionId[]; time: number; clearHistory: boolean }
  /** One-sided history delete done by another device. */
  | {
      type: 'historyDeleted';
      sessionId: SessionId;
      idClients?: string[];
      before?: number;
      time: number;
    }
  /** Server fields of a session changed (ext, mute), or a session was created on the server. */
  | {
      type: 'sessionUpdated';
      session: Pick<Session, 'id' | 'scene' | 'to'> & Partial<Pick<Session, 'ext' | 'mute'>>;
      time: number;
    }
  /**
   * An account's reactions on a message changed (a member, or another device of mine), at
   * server `time`. Per key and account the later time wins. Never counts as unread, never
   * moves the session. Dropped when the message is not loaded: history brings it folded.
   */
  | {
      type: 'reaction';
      sessionId: SessionId;
      idClient: string;
      account: string;
      time: number;
      change: ReactionChange;
    }
  /**
   * The sender edited a text message at server `time`: `body` replaces the text when `time`
   * is later than the message's `editedAt` and it was not recalled (a recall beats an edit).
   * Read status and the session's place stay; the session preview shows the new text.
   */
  | { type: 'edit'; sessionId: SessionId; idClient: string; body: string; time: number }
  /** A peer is typing; ephemeral. */
  | { type: 'typing'; sessionId: SessionId; from: string; until: number }
  | { type: 'users'; users: UserProfile[] }
  | { type: 'teams'; teams: Team[] };

/** The `type` of every adapter event. */
export type AdapterEventType = AdapterEvent['type'];
