import type { Message, SessionId } from '@parley/core';

/** Everything the device knows about one conversation, from the archives and live stanzas. */
export interface SessionLog {
  /** Messages by time, then idClient. */
  ordered: Message[];
  byId: Map<string, Message>;
  /** p2p: time of the newest of my messages the peer marked displayed. */
  receiptTime: number;
  /** Team: who displayed each message (by idClient). */
  readers: Map<string, Set<string>>;
  /** Retractions seen before their message (out-of-order catch-up). */
  pendingRetracts: Map<string, { by: string; time: number }>;
}

function before(a: Message, b: Message): boolean {
  return a.time < b.time || (a.time === b.time && a.idClient < b.idClient);
}

/** The recalled form of a message: a tip carrying `recall`. */
export function recalledVersion(message: Message, by: string, time: number, me: string): Message {
  return {
    ...message,
    type: 'tip',
    body: `${by} recalled a message`,
    attach: undefined,
    recall: {
      by,
      time,
      ...(message.from === me ? { original: { type: message.type, body: message.body } } : {}),
    },
  };
}

/**
 * The device's roaming cache: messages per session, receipts and readers. Keyed by
 * idClient, so the same message seen live, as a carbon and again in MAM is one entry.
 */
export class SessionIndex {
  readonly logs = new Map<SessionId, SessionLog>();

  constructor(private readonly me: string) {}

  log(sessionId: SessionId): SessionLog {
    let log = this.logs.get(sessionId);
    if (!log) {
      log = {
        ordered: [],
        byId: new Map(),
        receiptTime: 0,
        readers: new Map(),
        pendingRetracts: new Map(),
      };
      this.logs.set(sessionId, log);
    }
    return log;
  }

  find(sessionId: SessionId, idClient: string): Message | undefined {
    return this.logs.get(sessionId)?.byId.get(idClient);
  }

  /** Adds a message; returns it (possibly recalled already) when new, or null for a duplicate. */
  add(message: Message): Message | null {
    const log = this.log(message.sessionId);
    const known = log.byId.get(message.idClient);
    if (known) {
      if (!known.idServer && message.idServer)
        this.replace(log, { ...known, idServer: message.idServer });
      return null;
    }
    const pending = log.pendingRetracts.get(message.idClient);
    const stored = pending ? recalledVersion(message, pending.by, pending.time, this.me) : message;
    log.byId.set(stored.idClient, stored);
    let i = log.ordered.length;
    while (i > 0 && before(stored, log.ordered[i - 1] as Message)) i -= 1;
    log.ordered.splice(i, 0, stored);
    return stored;
  }

  /** Replaces a known message (same idClient), e.g. with new team receipt counts. */
  update(message: Message): void {
    const log = this.logs.get(message.sessionId);
    if (log?.byId.has(message.idClient)) this.replace(log, message);
  }

  private replace(log: SessionLog, message: Message): void {
    log.byId.set(message.idClient, message);
    const i = log.ordered.findIndex((m) => m.idClient === message.idClient);
    if (i >= 0) log.ordered[i] = message;
  }

  /**
   * Applies a retraction when it is the sender's and inside the window; returns the recalled
   * message, or null when it does not apply (yet).
   */
  retract(
    sessionId: SessionId,
    target: string,
    by: string,
    time: number,
    windowMs: number,
  ): Message | null {
    const log = this.log(sessionId);
    const message = log.byId.get(target);
    if (!message) {
      log.pendingRetracts.set(target, { by, time });
      return null;
    }
    if (message.recall || message.from !== by || time - message.time > windowMs) return null;
    const recalled = recalledVersion(message, by, time, this.me);
    this.replace(log, recalled);
    return recalled;
  }

  /** p2p: the peer displayed `target`; returns the new receipt time when it moved forward. */
  displayed(sessionId: SessionId, target: string): number | null {
    const log = this.log(sessionId);
    const message = log.byId.get(target);
    if (!message || message.from !== this.me || message.time <= log.receiptTime) return null;
    log.receiptTime = message.time;
    return message.time;
  }

  /** Team: `reader` displayed `target`; true when that reader is new for the message. */
  teamRead(sessionId: SessionId, target: string, reader: string): boolean {
    const log = this.log(sessionId);
    let readers = log.readers.get(target);
    if (!readers) {
      readers = new Set();
      log.readers.set(target, readers);
    }
    if (readers.has(reader)) return false;
    readers.add(reader);
    return true;
  }

  readers(sessionId: SessionId, idClient: string): ReadonlySet<string> {
    return this.logs.get(sessionId)?.readers.get(idClient) ?? new Set();
  }
}
