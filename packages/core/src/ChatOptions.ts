import type { ChatAdapter } from './model/ChatAdapter.ts';
import type { OutboxStorage } from './outbox/OutboxStorage.ts';

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

/** `CreateChatOptions` with every default filled in. */
export type ChatOptions = Required<CreateChatOptions>;
