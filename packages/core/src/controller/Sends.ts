import type { OutboxStorage } from '../outbox/OutboxStorage.ts';

/** What a chat keeps of its sends that have not gone out. */
export class Sends {
  /** Running sends by `idClient`, for `cancelUpload`, `disconnect` and `destroy`. */
  readonly uploads = new Map<string, AbortController>();
  /** Files of file messages by `idClient`, so a failed upload can be resent. */
  readonly files = new Map<string, Blob>();
  /** Receipt requests of sends by `idClient`, so a resend asks the same. */
  readonly receiptRequests = new Map<string, boolean>();
  /** Set by `destroy()`: sends stop, and their outbox entries stay for the next chat. */
  destroyed = false;

  /**
   * @param outbox sends kept across reloads (`CreateChatOptions.persistence`); replaced by
   *   memory when it cannot be opened
   */
  constructor(public outbox: OutboxStorage) {}
}
