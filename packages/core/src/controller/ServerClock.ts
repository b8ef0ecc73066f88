import type { StoreEvent } from '../store/StoreEvent.ts';

/**
 * The server's clock as this device knows it: the device clock plus an offset learned at
 * connect and from pushed messages.
 */
export class ServerClock {
  #offset = 0;

  constructor(readonly now: () => number) {}

  /** The server's time now, ms. */
  serverNow(): number {
    return this.now() + this.#offset;
  }

  /** Sets the offset from a server time reported at this moment (connect). */
  setServerTime(serverTime: number): void {
    this.#offset = serverTime - this.now();
  }

  /**
   * A pushed message was stamped by the server before it arrived, so the server clock is at
   * least its time: the offset only grows from it (a client clock running ahead of the
   * server is corrected at connect).
   */
  observe(event: StoreEvent): void {
    if (event.type === 'message') {
      this.#offset = Math.max(this.#offset, event.message.time - this.now());
    }
  }
}
