import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';

/** The read receipts a chat sent, and the reads the server has not heard of yet. */
export class Receipts {
  /** Time of the newest message this chat sent a read receipt for, by session. */
  readonly #sent = new Map<string, number>();
  /** Sessions read here while not connected: the server is told when the connection is back. */
  readonly unsent = new Set<SessionId>();

  constructor(readonly adapter: ChatAdapter) {}

  /**
   * Sends a read receipt unless this chat already receipted that message or a newer one of
   * its session. (`session.msgReceiptTime` is the peer's receipt of my messages, so it cannot
   * tell whether the peer has mine.)
   */
  async sendOnce(message: Message): Promise<void> {
    const sent = this.#sent.get(message.sessionId) ?? Number.NEGATIVE_INFINITY;
    if (message.time <= sent) return;
    this.#sent.set(message.sessionId, message.time);
    try {
      await this.adapter.sendReceipt(message);
    } catch (error) {
      if (this.#sent.get(message.sessionId) === message.time) {
        this.#sent.set(message.sessionId, sent);
      }
      throw error;
    }
  }
}
