import type { ConnectionStatus } from '../model/AdapterEvent.ts';
import type { ChatErrorInfo } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { Team, UserProfile } from '../model/User.ts';
import type { EarlyChanges } from './earlyChanges.ts';
import type { KeyedTable } from './KeyedTable.ts';
import type { SessionLedger } from './ledger/SessionLedger.ts';

/** Connection slice. */
export interface ConnectionSlice {
  status: ConnectionStatus;
  /** Last connection error; cleared on connect. */
  error: ChatErrorInfo | null;
}

/** Session list slice. Objects are replaced only when they change, so selectors stay stable. */
export interface SessionsSlice {
  /**
   * Visible sessions by id, in a persistent {@link KeyedTable} so that one update copies a
   * small part of it instead of every session. Read it with `selectSession(state, id)` or
   * `sessionList(state)` (or `tableGet`); a changed session gets a new table, an unchanged
   * one keeps its `Session` object.
   */
  byId: KeyedTable<Session>;
  /** Visible session ids: pinned first (newest pin first), then `updateTime` descending. */
  order: readonly SessionId[];
  /** Cursor of the next server page; empty when there is no more. */
  cursor: string;
  hasMore: boolean;
  loading: boolean;
  error: ChatErrorInfo | null;
}

/**
 * The message a window should bring into view and highlight (`Chat.jumpTo`). `seq` grows with
 * every jump, so jumping to the same message again scrolls again.
 */
export interface MessageFocus {
  idClient: string;
  seq: number;
}

/** The loaded part of one session's history, oldest to newest. */
export interface MessageWindow {
  /** Message ids (`idClient`), ascending by time. */
  ids: readonly string[];
  /**
   * The messages of `ids` by `idClient`, in a persistent {@link KeyedTable} (an append
   * copies a small part of it). Read it with `selectMessage(window, idClient)` or
   * `windowMessages(window)`.
   */
  byId: KeyedTable<Message>;
  hasMoreOlder: boolean;
  hasMoreNewer: boolean;
  loadingOlder: boolean;
  loadingNewer: boolean;
  olderCursor: string;
  newerCursor: string;
  error: ChatErrorInfo | null;
  /** The message to bring into view and highlight; null until `jumpTo`. */
  focus: MessageFocus | null;
}

/** The whole UI state of one chat instance. */
export interface ChatState {
  /** Signed-in account; empty before the first connect. */
  me: string;
  connection: ConnectionSlice;
  sessions: SessionsSlice;
  /** Message windows by session id; absent until a session was opened. */
  messages: Readonly<Record<SessionId, MessageWindow>>;
  users: Readonly<Record<string, UserProfile>>;
  teams: Readonly<Record<string, Team>>;
  /** The session the user is looking at; its unread stays 0. */
  activeSessionId: SessionId | null;
  /** Who is typing, per session: account → until (ms). */
  typing: Readonly<Record<SessionId, Readonly<Record<string, number>>>>;
  /**
   * Per-session bookkeeping behind `sessions` (read marks, counted unread ids, tombstones),
   * including hidden sessions, by session id. Internal: read `sessions` instead.
   */
  ledger: KeyedTable<SessionLedger>;
  /**
   * Edits and reactions that arrived before their message, folded in when it comes.
   * Internal: read the messages instead.
   */
  early: EarlyChanges;
}
