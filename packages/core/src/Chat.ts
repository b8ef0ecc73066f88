import type { StoreApi } from 'zustand/vanilla';
import type { ChatAdapter, DirectoryResult, TeamReceiptDetail } from './model/ChatAdapter.ts';
import type { JsonValue } from './model/JsonValue.ts';
import type { CustomAttach, FileMessageType, GeoAttach, Message } from './model/Message.ts';
import type { Session } from './model/Session.ts';
import type { Scene, SessionId } from './model/SessionId.ts';
import type { Team, UserProfile } from './model/User.ts';
import type { OutboxStorage } from './outbox/OutboxStorage.ts';
import type { ChatState } from './store/ChatState.ts';

/** Per-send options of content that team members can read. */
export interface ReceiptRequest {
  /**
   * Team and superTeam sessions: ask members for read receipts, so the message carries
   * `teamReceipt` counts. Ignored in p2p sessions (their receipts are per session).
   * Default: `CreateChatOptions.teamReceipts`.
   */
  needReceipt?: boolean;
}

/** Content the app asks to send; the controller fills ids, times and status. */
export type OutgoingContent =
  | ({ type: 'text'; body: string } & ReceiptRequest)
  | { type: 'tip'; body: string; countable?: boolean }
  | ({ type: 'custom'; body?: string; attach: CustomAttach } & ReceiptRequest)
  | ({ type: 'geo'; body?: string; attach: GeoAttach } & ReceiptRequest)
  | ({ type: FileMessageType; file: Blob; name?: string; body?: string } & ReceiptRequest);

/**
 * Whom `startChat` opens a chat with: a user or a team from a directory search (its profile
 * goes into the store, so the list shows its name at once), or an account typed as is.
 */
export type ChatTarget = { user: UserProfile } | { team: Team } | { account: string };

/**
 * Options of `createChat`. A value out of range makes `createChat` throw `INVALID_ARGUMENT`
 * naming the option (nothing is clamped silently).
 */
export interface CreateChatOptions {
  /** The backend. */
  adapter: ChatAdapter;
  /** Sessions per page when loading the list, 1 to 100. Default 100. */
  sessionPageSize?: number;
  /** Messages per history page, 1 to 100. Default 30. */
  historyPageSize?: number;
  /**
   * Longest text `send` accepts, in UTF-16 code units (`String.length`); a longer one is
   * rejected with `TEXT_TOO_LONG` before anything is sent. Default 5000
   * (`DEFAULT_MAX_TEXT_LENGTH`: what NetEase IM takes in a text body; Easemob limits a
   * message to 5 KB of UTF-8, so pass less there). A backend may have its own limit.
   */
  maxTextLength?: number;
  /** Clock used for optimistic messages. Default `Date.now`. */
  now?: () => number;
  /** Id generator for `idClient`. Default `crypto.randomUUID`. */
  createId?: () => string;
  /**
   * Whether team and superTeam messages of countable content (not tips or notifications)
   * ask members for read receipts; a send's `needReceipt` overrides it. Default `true`.
   */
  teamReceipts?: boolean;
  /**
   * Where sends that have not gone out yet are kept, so that a message the user saw as
   * sending survives a reload or a closed tab: at the next sign-in it is sent again with the
   * same `idClient` (adapters are idempotent on it), or shown failed with Resend (an upload
   * cut off). Failed sends stay there too until resent or deleted. Default: `idbOutbox()`
   * where IndexedDB exists (browsers), else `memoryOutbox()`.
   */
  persistence?: OutboxStorage;
}

/**
 * A chat instance: one store, one adapter, and the seeds' operations as actions.
 * Components never call the adapter; they call these actions and read `store`.
 *
 * Actions reject with `ChatError` (the synchronous ones throw it). Every action checks its
 * arguments first: a malformed one (a session id that is not `<scene>-<id>`, an account or
 * team id that is empty, longer than 128 (`MAX_ID_LENGTH`) or holds control or bidi
 * characters, content of an unknown type or the wrong shape, a file that is not a non-empty
 * `Blob`, a time that is not a finite number ≥ 0, …) is `INVALID_ARGUMENT`, whose message and
 * `details.argument` name the argument, and nothing changes: no state, no request.
 */
export interface Chat {
  readonly store: StoreApi<ChatState>;
  readonly adapter: ChatAdapter;
  /** Longest text `send` accepts (`CreateChatOptions.maxTextLength`). */
  readonly maxTextLength: number;
  /**
   * How long after sending a message its sender may recall it, ms: the adapter's
   * `recallWindowMs`, or 2 minutes (`DEFAULT_RECALL_WINDOW_MS`). Compare with `serverNow()`.
   */
  readonly recallWindowMs: number;

  /**
   * Connects; puts back the sends of the outbox; loads the first session page and the pinned
   * sessions; then every opened window catches up from its newest message (a sign-in after
   * `disconnect()` misses nothing) and the active session is acknowledged.
   */
  connect(): Promise<void>;
  /**
   * Disconnects; the store keeps its data. Text sends in flight stay `sending` and go out at
   * the next `connect()`; file uploads stop and show failed, with Resend.
   */
  disconnect(): Promise<void>;
  /**
   * Unsubscribes from the adapter; the instance is unusable afterwards. Sends in flight stop
   * and stay in the outbox, for the next chat of the account to send.
   */
  destroy(): void;
  /**
   * The server's clock, ms: the device clock (`CreateChatOptions.now`) corrected by the
   * offset of `ConnectInfo.serverTime` at connect, and moved forward when a pushed message
   * is stamped later than the corrected clock. Message `time`s are server times, so compare
   * them with this, not `Date.now()`: the UI uses it to hide "recall" once
   * `message.time + recallWindowMs` has passed. Equals `now()` until an adapter reports time.
   */
  serverNow(): number;

  // Sessions
  /** Marks a session as the one on screen (its unread stays 0), or none. */
  setActiveSession(sessionId: SessionId | null): void;
  markSessionRead(sessionId: SessionId): Promise<void>;
  markAllRead(): Promise<void>;
  pin(sessionId: SessionId, ext?: string): Promise<void>;
  unpin(sessionId: SessionId): Promise<void>;
  updatePinExt(sessionId: SessionId, ext: string): Promise<void>;
  setMute(sessionId: SessionId, mute: boolean): Promise<void>;
  setSessionExt(sessionId: SessionId, ext: string): Promise<void>;
  /** Local delete hides it until the next login; `clearHistory` deletes it on the server too. */
  deleteSession(
    sessionId: SessionId,
    options?: { clearHistory?: boolean; unpin?: boolean },
  ): Promise<void>;
  deleteSessions(
    sessionIds: SessionId[],
    options?: { clearHistory?: boolean; unpin?: boolean },
  ): Promise<void>;
  deleteAllLocalSessions(): void;
  /** Changes `localCustom` only; never the server. */
  updateLocalSession(sessionId: SessionId, localCustom: Record<string, JsonValue>): void;
  /** Creates an empty session, newer than every other unless `updateTime` is given. */
  insertLocalSession(target: { scene: Scene; to: string; updateTime?: number }): Session;
  setDraft(sessionId: SessionId, draft: string): void;
  loadMoreSessions(): Promise<void>;

  // Starting a chat
  /**
   * People and teams to start a chat with whose name or id matches `text`, through the
   * adapter's `searchDirectory`. A blank text finds nothing without asking the backend.
   * Without the capability nothing is searched: a text that can be an account id (no spaces,
   * not mine) comes back as `enteredAccount`. Rejects with `NOT_CONNECTED` when offline.
   * @param options.limit most users and most teams, clamped to 1..50. Default 20.
   */
  searchDirectory(text: string, options?: { limit?: number }): Promise<DirectoryResult>;
  /**
   * Opens a chat with a search result or an account: its session is inserted when it is
   * not in the list (`insertLocalSession`), and returned; the UI then selects it. Throws
   * `INVALID_ARGUMENT` for an empty account or a malformed user or team.
   */
  startChat(target: ChatTarget): Session;

  // Messages
  /** Loads the newest page of a session if none is loaded. */
  openSession(sessionId: SessionId): Promise<void>;
  loadOlder(sessionId: SessionId): Promise<void>;
  loadNewer(sessionId: SessionId): Promise<void>;
  /**
   * Sends; the message is in the store as `sending` before the adapter answers. Content
   * that breaks a rule is rejected before that, and nothing enters the store: a text longer
   * than `maxTextLength` with `TEXT_TOO_LONG`, anything malformed with `INVALID_ARGUMENT`. A
   * send to a team the store does not know yet first asks the adapter's `getTeams`: a team
   * that does not exist is `NOT_FOUND`, again with nothing in the store (no failed message,
   * no new session). Without `getTeams` the send goes out and fails as the backend says.
   * The message is in the outbox (`CreateChatOptions.persistence`) before the adapter is
   * asked; a send the connection lost stays `sending` and resolves once it went out after
   * the reconnect.
   */
  send(sessionId: SessionId, content: OutgoingContent): Promise<Message>;
  /** Cancels a file message's upload. */
  cancelUpload(idClient: string): void;
  /** Resends a `sendFailed` message with the same `idClient`. */
  resend(message: Message): Promise<Message>;
  forward(message: Message, toSessionId: SessionId): Promise<Message>;
  recall(message: Message): Promise<Message>;
  /** Deletes messages from my history only. */
  deleteMessages(sessionId: SessionId, idClients: string[]): Promise<void>;
  deleteHistoryBefore(sessionId: SessionId, time: number): Promise<void>;
  /** Sends a read receipt for the newest incoming message of a session. */
  sendReceipt(sessionId: SessionId): Promise<void>;
  getTeamReceiptDetail(message: Message): Promise<TeamReceiptDetail>;
  sendTyping(sessionId: SessionId): void;
}
