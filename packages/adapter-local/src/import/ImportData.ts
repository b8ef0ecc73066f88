import type { AttachByType, MessageType, Scene, SessionId } from '@parley/core';

/**
 * An app's own data for the embedded backend, in plain form: no stored records, no
 * per-account copies. Pass it to `LocalServer.open({ data })` or `server.import(data)`.
 * Everything is checked before anything is written, by the rules sends follow (ids, text
 * length, attachments): bad input is one `ChatError` (`INVALID_ARGUMENT`, `TEXT_TOO_LONG`,
 * `NOT_FOUND` or `PIN_LIMIT`) naming the entry in `details.argument`, and nothing is imported.
 */
export interface ImportData {
  users?: readonly ImportUser[];
  teams?: readonly ImportTeam[];
  messages?: readonly ImportMessage[];
  /** Per-account read state, pins and settings; sessions themselves come from the messages. */
  sessions?: readonly ImportSession[];
}

/** A profile. An account a message or team names without a profile gets `nick = account`. */
export interface ImportUser {
  account: string;
  /** Display name. Default the account id. */
  nick?: string;
  /** Avatar image URL; the UI falls back to initials. */
  avatar?: string;
  signature?: string;
}

/** A team and its members. Its id must be new to the server. */
export interface ImportTeam {
  teamId: string;
  name: string;
  /** Default `'team'`. */
  scene?: 'team' | 'superTeam';
  /** The owner; a member even when `members` leaves it out. */
  owner: string;
  members: readonly string[];
  /** Members with the manager role. Default none. */
  managers?: readonly string[];
  avatar?: string;
}

/** Fields every imported message has. */
export interface ImportMessageFields {
  /** Client-unique id, new to the server. Default a fresh one. */
  idClient?: string;
  /** Default `'p2p'`. */
  scene?: Scene;
  from: string;
  /** The peer account (p2p) or the team id, as the sender addressed it. */
  to: string;
  /** Server time, ms. Distinct times keep the order (and unread counts) unambiguous. */
  time: number;
  /** Text, or a fallback description for non-text types. */
  body: string;
  /** Counts toward unread. Default true for content, false for tips and notifications. */
  countable?: boolean;
  /** Server-side app data of the message. */
  ext?: string;
  /**
   * Team messages: the members who have read it. Giving it turns read receipts on for the
   * message, so the sender sees "read by n" and who has not read it yet.
   */
  readBy?: readonly string[];
  /**
   * Reactions on the message: per key (an emoji or app key), the accounts that reacted, each
   * stamped with the message's time. Accounts must be known to the import.
   */
  reactions?: Readonly<Record<string, readonly string[]>>;
}

/** A message; `attach` is typed by `type` as on `Message`. Default type `'text'`. */
export type ImportMessage = ImportMessageFields &
  (
    | { type?: 'text'; attach?: undefined }
    | {
        [K in Exclude<MessageType, 'text'>]: { type: K; attach?: AttachByType[K] };
      }[Exclude<MessageType, 'text'>]
  );

/**
 * One account's state of one session. Without an entry, a session starts as the server's
 * defaults have it: every countable message from others unread, none of mine read by a peer.
 */
export interface ImportSession {
  /** The account whose session this is. */
  account: string;
  /** As that account sees it: `p2p-<peer>`, `team-<teamId>`, `superTeam-<teamId>`. */
  id: SessionId;
  /** Read mark: everything at or before this time is read by `account`. */
  ack?: number;
  /**
   * Instead of `ack`: how many of the newest countable messages from others stay unread
   * (everything before them is read). At most the number of such messages.
   */
  unread?: number;
  /** p2p: the peer has read `account`'s messages up to this time (the peer's read receipt). */
  msgReceiptTime?: number;
  /** Pinned to the top of the list; later entries are pinned later (so they show first). */
  pinned?: boolean;
  /** Server-side app data of the session. */
  ext?: string;
  mute?: boolean;
}
