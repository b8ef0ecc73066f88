import type { JsonValue } from '../../model/JsonValue.ts';
import type { Message } from '../../model/Message.ts';
import { NOT_PINNED, type StickTopInfo } from '../../model/Session.ts';
import type { Scene, SessionId } from '../../model/SessionId.ts';
import type { TeamReceiptCounts } from '../../rules/teamReceipt.ts';

/** A value with the server time it was written at; later writes win. */
export interface Timed<T> {
  value: T;
  time: number;
}

/** A recalled or deleted message, kept so a late duplicate is not counted again. */
export interface GoneMessage {
  /** Server time of the message; -1 when unknown. */
  time: number;
  /** From someone else, so it may have counted toward unread. */
  incoming: boolean;
  /**
   * When a pushed event told of it, counted by {@link SessionLedger.goneSeq}; 0 when a history
   * page did (the server's counts already left it out).
   */
  seq: number;
}

/**
 * Everything the store knows about one session, kept as join-semilattice fields (maxima,
 * last-writer-wins values, tombstones) so any order and duplication of events converges.
 * The visible `Session` is a view of it (`sessionView`).
 */
export interface SessionLedger {
  id: SessionId;
  scene: Scene;
  to: string;
  /** Newest message seen (recall-merged); shown only when not hidden by a delete. */
  lastMsg: Message | null;
  /** Time of the newest message ever seen, even if its history was deleted since. */
  seenTime: number;
  ack: number;
  msgReceiptTime: number;
  /**
   * Unread count the server reported, covering messages up to `time` read up to `ack`. It
   * already leaves out the recalls and deletes pushed before it (`seq` up to `goneSeq`).
   */
  base: { count: number; time: number; ack: number; goneSeq: number };
  /**
   * A server snapshot of the session was applied, so `base` is the server's count. Until
   * then only live messages were counted, and older unread ones may be missing.
   */
  synced: boolean;
  /** Recalled/deleted messages inside the server's count, so `base.count` is lowered once each. */
  baseGone: number;
  /** Tombstones pushed so far: numbers them, so a server count knows which it covers. */
  goneSeq: number;
  /** Countable incoming messages newer than every read mark and the server's count. */
  unreadIds: Readonly<Record<string, number>>;
  unreadCount: number;
  /** Recalled or deleted messages by `idClient`. */
  gone: Readonly<Record<string, GoneMessage>>;
  /** One-sided history deletes by id, and everything at or before `deletedBefore`. */
  deletedIds: Readonly<Record<string, true>>;
  deletedBefore: number;
  /** Session delete: everything at or before this time is hidden. */
  deletedAt: number;
  /** `updateTime` reported by a server snapshot or a local insert. */
  knownTime: number;
  pin: StickTopInfo;
  ext: Timed<string>;
  mute: Timed<boolean>;
  /** Team receipt counts by `idClient`, also for messages not loaded yet. */
  teamReceipts: Readonly<Record<string, TeamReceiptCounts>>;
  localCustom: Readonly<Record<string, JsonValue>>;
  draft: string;
}

/** A ledger with nothing known yet. */
export function newLedger(id: SessionId, scene: Scene, to: string): SessionLedger {
  return {
    id,
    scene,
    to,
    lastMsg: null,
    seenTime: 0,
    ack: 0,
    msgReceiptTime: 0,
    base: { count: 0, time: 0, ack: 0, goneSeq: 0 },
    synced: false,
    baseGone: 0,
    goneSeq: 0,
    unreadIds: {},
    unreadCount: 0,
    gone: {},
    deletedIds: {},
    deletedBefore: 0,
    deletedAt: 0,
    knownTime: 0,
    pin: NOT_PINNED,
    ext: { value: '', time: 0 },
    mute: { value: false, time: 0 },
    teamReceipts: {},
    localCustom: {},
    draft: '',
  };
}
