import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';

/**
 * The SDK's own message objects by `idClient`, newest kept: recall, receipts and one-sided
 * deletes take an `IMMessage`, and the SDK's copy carries fields Parley does not keep.
 */
export class NimMessageCache {
  private readonly messages = new Map<string, IMMessage>();

  /** @param capacity most messages kept; the oldest insert goes first. */
  constructor(private readonly capacity = 2000) {}

  put(message: IMMessage): void {
    this.messages.delete(message.idClient);
    this.messages.set(message.idClient, message);
    if (this.messages.size > this.capacity) {
      const oldest = this.messages.keys().next();
      if (!oldest.done) this.messages.delete(oldest.value);
    }
  }

  get(idClient: string): IMMessage | undefined {
    return this.messages.get(idClient);
  }
}
