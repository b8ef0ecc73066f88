import type { StoreApi } from 'zustand/vanilla';
import { ChatError } from '../model/ChatError.ts';
import type { ChatState } from '../store/ChatState.ts';

/** Counts the times a chat's connection became `connected`, for sends waiting on it. */
export class ConnectionWatch {
  #count = 0;
  readonly #wakers = new Set<() => void>();
  readonly #store: StoreApi<ChatState>;

  constructor(store: StoreApi<ChatState>) {
    this.#store = store;
    store.subscribe((state, previous) => {
      if (state.connection.status !== 'connected' || previous.connection.status === 'connected')
        return;
      this.#count += 1;
      for (const wake of [...this.#wakers]) wake();
    });
  }

  /** How many times the connection became `connected` so far. */
  get count(): number {
    return this.#count;
  }

  /** Throws `NOT_CONNECTED` unless connected. */
  require(): void {
    if (this.#store.getState().connection.status !== 'connected') {
      throw new ChatError('NOT_CONNECTED', 'Not connected; call connect() first');
    }
  }

  /**
   * Resolves once the connection became `connected` more than `since` times; stops waiting
   * (and never resolves) when `signal` aborts.
   */
  reconnected(since: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const stop = () => {
        this.#wakers.delete(check);
        signal.removeEventListener('abort', stop);
      };
      const check = () => {
        if (this.#count <= since) return;
        stop();
        resolve();
      };
      this.#wakers.add(check);
      signal.addEventListener('abort', stop, { once: true });
      check();
    });
  }
}
