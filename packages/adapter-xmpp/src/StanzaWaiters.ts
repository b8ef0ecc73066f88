import { ChatError } from '@parley/core';
import type { Element } from '@xmpp/client';

/** Promises of a connection's next stanza matching a test, each bounded in time. */
export class StanzaWaiters {
  private readonly waiters = new Set<(stanza: Element) => boolean>();

  /** Resolves with the next stanza that matches, or rejects with `TIMEOUT`. */
  wait(match: (stanza: Element) => boolean, timeout: number): Promise<Element> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new ChatError('TIMEOUT', 'The XMPP server did not answer in time'));
      }, timeout);
      const waiter = (stanza: Element) => {
        if (!match(stanza)) return false;
        clearTimeout(timer);
        resolve(stanza);
        return true;
      };
      this.waiters.add(waiter);
    });
  }

  /** Hands a received stanza to the waiters it matches; each of them is done. */
  offer(stanza: Element): void {
    for (const waiter of [...this.waiters]) if (waiter(stanza)) this.waiters.delete(waiter);
  }
}
