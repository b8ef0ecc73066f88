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
  /**
   * Every retraction seen (live, recent window, history pages), by target idClient: history
   * pages come straight from MAM and are decorated with these, and a retraction read before
   * its message (newest-first paging) applies when the message arrives.
   */
  retracts: Map<string, { by: string; time: number }>;
  /**
   * Cursors of `older` history pages read contiguously from the end of the archive: the next
   * page after one of them needs no lookahead for retractions.
   */
  walkedCursors: Set<string>;
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

/** The recalled form of `message` when `retraction` applies to it (the sender's, in time). */
export function applyRetraction(
  message: Message,
  retraction: { by: string; time: number } | undefined,
  windowMs: number,
  me: string,
): Message {
  if (!retraction || message.recall) return message;
  if (message.from !== retraction.by || retraction.time - message.time > windowMs) return message;
  return recalledVersion(message, retraction.by, retraction.time, me);
}

/**
 * The device's roaming cache: messages per session, receipts and readers. Keyed by
 * idClient, so the same message seen live, as a carbon and again in MAM is one entry.
 */
export class SessionIndex {
  readonly logs = new Map<SessionId, SessionLog>();

  constructor(
    private readonly me: string,
    private readonly recallWindowMs: number,
  ) {}

  log(sessionId: SessionId): SessionLog {
    let log = this.logs.get(sessionId);
    if (!log) {
      log = {
        ordered: [],
        byId: new Map(),
        receiptTime: 0,
        readers: new Map(),
        retracts: new Map(),
        walkedCursors: new Set(),
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
    const stored = this.decorate(message);
    log.byId.set(stored.idClient, stored);
    let i = log.ordered.length;
    while (i > 0 && before(stored, log.ordered[i - 1] as Message)) i -= 1;
    log.ordered.splice(i, 0, stored);
    return stored;
  }

  /** `message` as this device knows it: the indexed copy, or recalled by a retraction seen. */
  decorate(message: Message): Message {
    const log = this.logs.get(message.sessionId);
    const known = log?.byId.get(message.idClient);
    if (known)
      return known.idServer || !message.idServer ? known : { ...known, idServer: message.idServer };
    return applyRetraction(
      message,
      log?.retracts.get(message.idClient),
      this.recallWindowMs,
      this.me,
    );
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
  retract(sessionId: SessionId, target: string, by: string, time: number): Message | null {
    const log = this.log(sessionId);
    if (!log.retracts.has(target)) log.retracts.set(target, { by, time });
    const message = log.byId.get(target);
    if (!message) return null;
    const recalled = applyRetraction(message, { by, time }, this.recallWindowMs, this.me);
    if (recalled === message) return null;
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

  /** Team: how many members other than the sender displayed the message. */
  readCount(message: Message): number {
    const readers = this.logs.get(message.sessionId)?.readers.get(message.idClient);
    if (!readers) return 0;
    return readers.size - (readers.has(message.from) ? 1 : 0);
  }
}
