import type { Message, SessionId } from '@parley/core';
import { type Fold, FoldMemory } from '@parley/core/rules';

/** What a reaction, a correction or a reply needs to know of the message it names. */
export type MessageRef = Pick<Message, 'idClient' | 'idServer' | 'from' | 'type' | 'time'>;

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
  /**
   * Every message the device indexed or handed out on a history page, by `idClient` and by
   * `idServer`: reactions and replies in rooms name a message by the room's stanza-id.
   */
  refs: Map<string, MessageRef>;
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
  /** Reactions and corrections seen, folded into their messages whenever those show up. */
  readonly folds: FoldMemory;

  constructor(
    private readonly me: string,
    private readonly recallWindowMs: number,
    editWindowMs: number,
  ) {
    this.folds = new FoldMemory(editWindowMs);
  }

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
        refs: new Map(),
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
    this.note(stored);
    let i = log.ordered.length;
    while (i > 0 && before(stored, log.ordered[i - 1] as Message)) i -= 1;
    log.ordered.splice(i, 0, stored);
    return stored;
  }

  /**
   * `message` as this device knows it: the indexed copy, or recalled by a retraction seen, with
   * the reactions and corrections seen folded in, and the original of a reply from another
   * client filled in when known.
   */
  decorate(message: Message): Message {
    const log = this.logs.get(message.sessionId);
    const known = log?.byId.get(message.idClient);
    if (known)
      return known.idServer || !message.idServer ? known : { ...known, idServer: message.idServer };
    const recalled = applyRetraction(
      message,
      log?.retracts.get(message.idClient),
      this.recallWindowMs,
      this.me,
    );
    return this.folds.fold(this.withOriginal(recalled));
  }

  /** Records a message handed out on a history page, so that what names it finds it. */
  note(message: MessageRef & Pick<Message, 'sessionId'>): void {
    const { idClient, idServer, from, type, time } = message;
    const ref = { idClient, idServer, from, type, time };
    const refs = this.log(message.sessionId).refs;
    refs.set(idClient, ref);
    if (idServer) refs.set(idServer, ref);
  }

  /** The message an id names (its `idClient`, or the room's stanza-id), when this device met it. */
  resolve(sessionId: SessionId, id: string): MessageRef | undefined {
    const log = this.logs.get(sessionId);
    return log?.byId.get(id) ?? log?.refs.get(id);
  }

  /**
   * Records a reaction or correction of the message `id` names and folds it into the indexed
   * copy. Returns the target when this device met it, and whether the fold was news.
   */
  applyFold(
    sessionId: SessionId,
    id: string,
    fold: Fold,
  ): { target: MessageRef | undefined; changed: boolean } {
    const target = this.resolve(sessionId, id);
    const changed = this.folds.remember(sessionId, target?.idClient ?? id, fold);
    const log = this.logs.get(sessionId);
    const known = target && log?.byId.get(target.idClient);
    if (changed && log && known) {
      const folded = this.folds.fold(known);
      if (folded !== known) this.replace(log, folded);
    }
    return { target, changed };
  }

  /**
   * A reply from another client names its original by id only, and a p2p reply names it by
   * the sender's archive id, which means nothing here: fill in what this device knows of it.
   */
  private withOriginal(message: Message): Message {
    const ref = message.replyTo;
    if (!ref || (ref.time !== 0 && ref.idServer)) return message;
    const original = this.resolve(message.sessionId, ref.idClient);
    if (!original) return message;
    const { idClient, idServer, type, time } = original;
    if (ref.time !== 0) return idServer ? { ...message, replyTo: { ...ref, idServer } } : message;
    return { ...message, replyTo: { ...ref, idClient, idServer, type, time } };
  }

  /** Replaces a known message (same idClient), e.g. with new team receipt counts. */
  update(message: Message): void {
    const log = this.logs.get(message.sessionId);
    if (log?.byId.has(message.idClient)) this.replace(log, message);
  }

  private replace(log: SessionLog, message: Message): void {
    log.byId.set(message.idClient, message);
    this.note(message);
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
