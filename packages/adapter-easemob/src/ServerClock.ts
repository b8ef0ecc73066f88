/**
 * Easemob's clock as this device can tell it, for the changes Easemob answers without a time
 * (`addReaction`, `deleteReaction`). The server stamps a fresh message or change before this
 * device hears of it, so each stamp minus the device clock on arrival is at most the true
 * offset; the largest seen is the best guess, for a device clock behind the server's or ahead
 * of it. Only fresh stamps count (answers to my calls, live changes), never history.
 */
export class ServerClock {
  #offset: number | undefined;

  constructor(private readonly deviceNow: () => number = Date.now) {}

  /** A server time stamped just now (a send's or an edit's answer, a live reaction). */
  observe(serverTime: number): void {
    if (!Number.isFinite(serverTime) || serverTime <= 0) return;
    const offset = serverTime - this.deviceNow();
    if (this.#offset === undefined || offset > this.#offset) this.#offset = offset;
  }

  /** The server's time now as best known; the device's clock before any stamp. */
  now(): number {
    return this.deviceNow() + (this.#offset ?? 0);
  }
}
