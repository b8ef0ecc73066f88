import type { AdapterEvent, Message } from '@parley/core';
import { applyFold } from './folds.ts';
import type { SessionIndex } from './SessionIndex.ts';
import type { ParsedStanza } from './stanzas.ts';

/** What applying a stanza's meaning needs of the device. */
export interface ParsedDeps {
  readonly me: string;
  readonly index: SessionIndex;
  readonly editWindowMs: number;
  /** ids of what this device sent: their echoes raise no event here. */
  readonly sentHere: ReadonlySet<string>;
  /** Team receipt counts of my message, from the readers seen. */
  withTeamCounts(message: Message): Message;
  emit(event: AdapterEvent): void;
}

/**
 * Applies one message stanza's meaning (live, carbon or archived) to the device's index and,
 * when `emit` is set, raises its events: messages, recalls, reactions, edits and receipts.
 */
export function applyParsed(
  d: ParsedDeps,
  parsed: Exclude<ParsedStanza, { kind: 'invite' }>,
  emit: boolean,
): void {
  if (parsed.kind === 'content') {
    const added = d.index.add(d.withTeamCounts(parsed.message));
    if (added && emit && !d.sentHere.has(added.idClient)) {
      d.emit({ type: added.recall ? 'recall' : 'message', message: added });
    }
    return;
  }
  if (parsed.kind === 'reaction' || parsed.kind === 'edit') {
    applyFold(d, parsed, emit && !d.sentHere.has(parsed.id));
    return;
  }
  if (parsed.kind === 'retract') {
    const recalled = d.index.retract(parsed.sessionId, parsed.target, parsed.by, parsed.time);
    if (recalled && emit) d.emit({ type: 'recall', message: recalled });
    return;
  }
  const target = d.index.find(parsed.sessionId, parsed.target);
  if (parsed.sessionId.startsWith('p2p-')) {
    if (parsed.reader === d.me) return;
    const time = d.index.displayed(parsed.sessionId, parsed.target);
    if (time !== null && emit) d.emit({ type: 'p2pReceipt', sessionId: parsed.sessionId, time });
    return;
  }
  // Readers are kept even before their message is known: history pages count them too.
  if (!d.index.teamRead(parsed.sessionId, parsed.target, parsed.reader)) return;
  if (!target || parsed.reader === target.from) return;
  const counted = d.withTeamCounts(target);
  d.index.update(counted);
  if (emit && counted.teamReceipt && target.from === d.me) {
    d.emit({
      type: 'teamReceipt',
      sessionId: parsed.sessionId,
      idClient: target.idClient,
      ...counted.teamReceipt,
    });
  }
}
