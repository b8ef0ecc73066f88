import type { IMEventInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/NIMInterface.js';

/** Listener arguments of an SDK event. */
export type EventArgs<K extends keyof IMEventInterface> =
  IMEventInterface[K] extends readonly unknown[] ? IMEventInterface[K] : [IMEventInterface[K]];

type Listener = (...args: never) => void;

/** The SDK's event emitter (eventemitter3 `on` / `off` / `once`), typed by `IMEventInterface`. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  on<K extends keyof IMEventInterface>(event: K, fn: (...args: EventArgs<K>) => void): void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(fn);
  }

  off<K extends keyof IMEventInterface>(event: K, fn: (...args: EventArgs<K>) => void): void {
    this.listeners.get(event)?.delete(fn);
  }

  once<K extends keyof IMEventInterface>(event: K, fn: (...args: EventArgs<K>) => void): void {
    const wrapped = (...args: EventArgs<K>) => {
      this.off(event, wrapped);
      fn(...args);
    };
    this.on(event, wrapped);
  }

  removeAllListeners<K extends keyof IMEventInterface>(event?: K): void {
    if (event === undefined) this.listeners.clear();
    else this.listeners.delete(event);
  }

  /** Calls every listener of `event`; a throwing listener does not stop the others (as the SDK logs and goes on). */
  emit<K extends keyof IMEventInterface>(event: K, ...args: EventArgs<K>): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) {
      try {
        (fn as (...a: EventArgs<K>) => void)(...args);
      } catch (error) {
        console.error(`listener of ${event} threw`, error);
      }
    }
  }
}
