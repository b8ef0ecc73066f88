import type { AdapterEvent } from './AdapterEvent.ts';
import type { AttachByType, Message, MessageType, ReplyRef } from './Message.ts';
import type { Session, StickTopInfo } from './Session.ts';
import type { Scene, SessionId } from './SessionId.ts';
import type { Team, TeamMember, UserProfile } from './User.ts';

/** A page of results. `cursor` is empty exactly when there is no more (`hasMore` false). */
export interface Page<T> {
  items: T[];
  cursor: string;
  hasMore: boolean;
}

/** Cursor paging. `limit` is clamped into the method's range, never an error. */
export interface PageQuery {
  /** Cursor of the previous page; omit for the first page. */
  cursor?: string;
  /** Page size; clamped to 1..100. Default 100 for sessions, 20 for history. */
  limit?: number;
}

/** History query. Pages newest first when going `older`, oldest first when going `newer`. */
export interface HistoryQuery extends PageQuery {
  sessionId: SessionId;
  /** Default `older`. */
  direction?: 'older' | 'newer';
  /**
   * Without a cursor: start strictly before (`older`) or after (`newer`) this time.
   * Default: the newest message (`older`) or the beginning (`newer`).
   */
  anchorTime?: number;
}

/** A message as the client asks to send it. The server fills `idServer`, `time`, `status`. */
export type SendRequest<T extends MessageType = MessageType> = {
  [K in T]: {
    /** Client-unique id; the same id on resend makes the send idempotent. */
    idClient: string;
    scene: Scene;
    to: string;
    type: K;
    body: string;
    attach?: AttachByType[K];
    /** The file to upload for image, audio, video and file messages. */
    file?: Blob;
    countable?: boolean;
    /** Team messages: ask members for read receipts. */
    needReceipt?: boolean;
    ext?: string;
    /** The message this one replies to (adapters with `replies` store and return it). */
    replyTo?: ReplyRef;
  };
}[T];

/** Options of a send. */
export interface SendOptions {
  /** Upload progress, 0..1, for file messages. */
  onProgress?: (progress: number) => void;
  /** Abort the upload; the send then rejects with `UPLOAD_CANCELLED`. */
  signal?: AbortSignal;
}

/** Which messages to delete from my history of a session (one-sided). */
export type HistoryDelete =
  | { sessionId: SessionId; idClients: string[] }
  | { sessionId: SessionId; before: number };

/** What `connect` resolves with. */
export interface ConnectInfo {
  /** The signed-in account. */
  account: string;
  /** Server clock, ms, when it reported one. */
  serverTime?: number;
}

/** Who read a team message. */
export interface TeamReceiptDetail {
  read: string[];
  unread: string[];
}

/** A directory search: people and teams to start a chat with. */
export interface DirectoryQuery {
  /** What the user typed, trimmed, never empty; matched against names and ids. */
  text: string;
  /** Most users and most teams to return (each list); clamped to 1..50. Default 20. */
  limit?: number;
}

/** What a directory search found, each list best match first. */
export interface DirectoryResult {
  /** Accounts the backend knows (never the signed-in one). */
  users: UserProfile[];
  /** Teams the signed-in account is a member of. */
  teams: Team[];
  /**
   * The text read as an account id that the backend cannot look up (it keeps no directory
   * of strangers, as XMPP servers): offered as "start a chat with …", unchecked. Absent
   * when the text is not an account id there or is one of `users`.
   */
  enteredAccount?: string;
}

/** Listener of adapter events. */
export type AdapterListener = (event: AdapterEvent) => void;

/**
 * The contract a backend implements. One adapter is one device of one account.
 *
 * Adapters translate between a backend and Parley; they hold no UI state. Every method
 * rejects with a `ChatError` (never a string); every change that other devices or peers
 * cause is pushed through `subscribe`. Idempotence: sending the same `idClient` twice
 * yields one message.
 *
 * Grouped like TanStack Virtual's options: what every adapter must provide, then what it
 * may provide, each with the behaviour Parley falls back to when it is absent.
 */
export interface ChatAdapter {
  // ── Required ─────────────────────────────────────────────────────────────

  /** Signs in and starts pushing events. Rejects with `AUTH_FAILED` or `TIMEOUT`. */
  connect(): Promise<ConnectInfo>;
  /** Stops pushing events; later calls reject with `NOT_CONNECTED`. */
  disconnect(): Promise<void>;
  /** Registers a listener for pushed events; returns its unsubscribe function. */
  subscribe(listener: AdapterListener): () => void;

  /**
   * The account's sessions, `updateTime` descending, each with `unread`, `ack`,
   * `lastMsg`, `stickTopInfo`, `ext` and `mute` as the server knows them.
   * Built from roaming and offline messages; sessions deleted with history do not return.
   */
  getSessions(query: PageQuery): Promise<Page<Session>>;
  /** History of one session by cursor, both directions. */
  getHistory(query: HistoryQuery): Promise<Page<Message>>;

  /**
   * Sends a message (uploading `file` first). Resolves with the accepted message
   * (`status: 'sent'`, server `time`, `idServer`). Idempotent on `idClient`.
   */
  send(request: SendRequest, options?: SendOptions): Promise<Message>;
  /**
   * Recalls my sent message inside the recall window. Resolves with the message as
   * recalled (a tip carrying `recall`). `RECALL_EXPIRED`, `RECALL_NOT_ALLOWED`,
   * `NOT_FOUND` (never sent).
   */
  recall(message: Message): Promise<Message>;

  /**
   * Resets a session's unread: `ack` becomes `ack` (server ms) and the account's other
   * devices receive `sessionRead`.
   */
  markSessionRead(sessionId: SessionId, ack: number): Promise<void>;
  /** p2p: tells the peer I read everything up to `message.time`. Team: one receipt per message. */
  sendReceipt(message: Message): Promise<void>;

  /** Pins a session; the 51st pin rejects with `PIN_LIMIT`. Synced to other devices. */
  pin(sessionId: SessionId, ext?: string): Promise<StickTopInfo>;
  /** Unpins a session. Synced to other devices. */
  unpin(sessionId: SessionId): Promise<StickTopInfo>;
  /** Changes the ext of a pinned session; `NOT_FOUND` when it is not pinned. */
  updatePinExt(sessionId: SessionId, ext: string): Promise<StickTopInfo>;

  /**
   * Deletes sessions on the server. With `clearHistory`, my roaming history of them is
   * cleared too, so they do not come back at the next login. Does not unpin unless
   * `unpin` is set. Other devices receive `sessionsDeleted`.
   */
  deleteSessions(
    sessionIds: SessionId[],
    options: { clearHistory: boolean; unpin?: boolean },
  ): Promise<void>;
  /** One-sided delete of my history: by ids or everything before a time. */
  deleteHistory(target: HistoryDelete): Promise<void>;

  // ── Optional (Parley's fallback in brackets) ─────────────────────────────

  /** Recall window in ms. [120000] */
  readonly recallWindowMs?: number;
  /** Most sessions that can be pinned. [50] */
  readonly maxPins?: number;

  /**
   * One session by id, or null. Parley asks it for a session that a live message made known
   * while the list is still paged (the message moved it above the list's cursor, so no later
   * page returns it), to learn its whole unread count. [the store counts live messages only]
   */
  getSession?(sessionId: SessionId): Promise<Session | null>;
  /** Pinned sessions, newest pin first, at most `maxPins`. [pins seen in session pages] */
  getPinnedSessions?(query: PageQuery): Promise<Page<Session>>;
  /** Resets every session's unread. [markSessionRead per session with unread] */
  markAllSessionsRead?(): Promise<void>;
  /** Copies a message into another session. [send of a copy with a new idClient] */
  forward?(
    message: Message,
    target: { scene: Scene; to: string; idClient: string },
  ): Promise<Message>;
  /** Server ext of a session; creates the session (without lastMsg) when missing. [UNSUPPORTED] */
  setSessionExt?(sessionId: SessionId, ext: string): Promise<Session>;
  /** Mutes or unmutes a session. [UNSUPPORTED] */
  setMute?(sessionId: SessionId, mute: boolean): Promise<void>;
  /** Tells the peer I am typing. [nothing is sent] */
  sendTyping?(sessionId: SessionId): Promise<void>;
  /** Profiles by account. [bare profiles with the account as nick] */
  getUsers?(accounts: string[]): Promise<UserProfile[]>;
  /** Teams by id. [no team info; names fall back to ids] */
  getTeams?(teamIds: string[]): Promise<Team[]>;
  /** Members of a team. [empty] */
  getTeamMembers?(teamId: string): Promise<TeamMember[]>;
  /** Who has and has not read a team message. [UNSUPPORTED] */
  getTeamReceiptDetail?(message: Message): Promise<TeamReceiptDetail>;
  /**
   * Replies: the adapter stores `SendRequest.replyTo` with the message and returns it as
   * `Message.replyTo` to every member and device, live and in history. [Reply is hidden, and
   * `Chat.send` with `replyTo` rejects with `UNSUPPORTED`]
   */
  readonly replies?: boolean;
  /**
   * Turns my reaction `change.key` on or off on a message. `mine` is my whole set of keys
   * after the change (backends that store whole sets, XEP-0444, send it). Resolves with the
   * server time of the change; the account's other devices and the session's members receive
   * `reaction`, and history returns the message with its `reactions`. More than
   * `MAX_REACTION_KEYS` distinct keys on one message rejects with `REACTION_LIMIT`.
   * [reactions are hidden]
   */
  react?(
    message: Message,
    change: { key: string; on: boolean },
    mine: readonly string[],
  ): Promise<{ time: number }>;
  /**
   * Replaces the body of my sent text message. Resolves with the server time of the edit;
   * the account's other devices and the session's members receive `edit`, and history
   * returns the message with the new `body` and `editedAt`. `EDIT_EXPIRED` after
   * `editWindowMs`, `EDIT_NOT_ALLOWED` (not mine, not text, recalled), `NOT_FOUND`.
   * [editing is hidden]
   */
  edit?(message: Message, body: string): Promise<{ time: number }>;
  /** How long after sending a message its sender may edit it, ms. [no limit] */
  readonly editWindowMs?: number;

  /**
   * Finds people and teams to start a chat with, by name or id: accounts the backend knows
   * (at least everyone the account has a session with) and the teams the account is a
   * member of, matched and ordered by `matchDirectory` from `@parley/core`, never the
   * signed-in account. [No search: the text itself comes back as `enteredAccount`, a p2p
   * account to try as typed, and the UI says that it is unchecked.]
   */
  searchDirectory?(query: DirectoryQuery): Promise<DirectoryResult>;
}
