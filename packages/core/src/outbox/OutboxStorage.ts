import type { Message } from '../model/Message.ts';

/** A send that has not gone out: what the store showed, and what a resend needs. */
export interface OutboxEntry {
  /** The account that sends it. */
  account: string;
  /** The message as the store showed it: `sending`, or `sendFailed` with its `error`. */
  message: Message;
  /** The file of a file message, so that Resend can upload it again after a reload. */
  file?: Blob;
  /** Whether the send asked team members for read receipts. */
  needReceipt?: boolean;
}

/**
 * Where a chat keeps the sends that have not gone out (`CreateChatOptions.persistence`), so
 * that a message the user saw as sending survives a reload or a closed tab. Entries are keyed
 * by account and `idClient`; a chat reads its account's entries when it signs in.
 *
 * Chats of different backends that share one storage must use different names (`idbOutbox`'s
 * `name`): an entry of one account is resent by any chat that signs in as that account.
 */
export interface OutboxStorage {
  /** The account's entries, oldest first. Opens the storage on first use. */
  load(account: string): Promise<OutboxEntry[]>;
  /**
   * Adds or replaces an entry. The write must be issued before this returns (the page may be
   * closed at once after the user pressed Enter); the promise resolves once it is stored.
   */
  put(entry: OutboxEntry): Promise<void>;
  /** Removes an entry; removing a missing one is not an error. */
  remove(account: string, idClient: string): Promise<void>;
}
