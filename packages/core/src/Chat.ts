import type { StoreApi } from 'zustand/vanilla';
import type { ChatAdapter, TeamReceiptDetail } from './model/ChatAdapter.ts';
import type { CustomAttach, FileMessageType, GeoAttach, Message } from './model/Message.ts';
import type { JsonValue, Scene, Session, SessionId } from './model/Session.ts';
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

/** Options of `createChat`. */
export interface CreateChatOptions {
  /** The backend. */
  adapter: ChatAdapter;
  /** Sessions per page when loading the list. Default 100. */
  sessionPageSize?: number;
  /** Messages per history page. Default 30. */
  historyPageSize?: number;
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
 * Actions reject with `ChatError`.
 */
export interface Chat {
  readonly store: StoreApi<ChatState>;
  readonly adapter: ChatAdapter;

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

  // Messages
  /** Loads the newest page of a session if none is loaded. */
  openSession(sessionId: SessionId): Promise<void>;
  loadOlder(sessionId: SessionId): Promise<void>;
  loadNewer(sessionId: SessionId): Promise<void>;
  /**
   * Sends; the message is in the store as `sending` before the adapter answers, and in the
   * outbox (`CreateChatOptions.persistence`) before the adapter is asked. A send the
   * connection lost stays `sending` and resolves once it went out after the reconnect.
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
