import type { AdapterEvent } from '@parley/core';
import { editAllowed, type Fold } from '@parley/core/rules';
import type { SessionIndex } from './SessionIndex.ts';
import type { ParsedStanza } from './stanzas.ts';

/** A reaction set or a correction, as read off a stanza. */
export type ParsedFold = Extract<ParsedStanza, { kind: 'reaction' | 'edit' }>;

/** What applying a fold needs of the device. */
export interface FoldDeps {
  readonly index: Pick<SessionIndex, 'applyFold'>;
  readonly editWindowMs: number;
  emit(event: AdapterEvent): void;
}

function toFold(parsed: ParsedFold): Fold {
  return parsed.kind === 'reaction'
    ? { type: 'reaction', account: parsed.by, change: { keys: parsed.keys }, time: parsed.time }
    : { type: 'edit', by: parsed.by, body: parsed.body, time: parsed.time };
}

/**
 * Applies a reaction set or a correction, live or from an archive: it is remembered (and
 * folded into its message whenever that is indexed or paged in) and never becomes a message
 * of its own, so it neither counts as unread nor moves its session. When `emit` is set and it
 * is news for a message this device met, it raises `reaction` or `edit`; a repeat (the MUC
 * reflection of my own change, a carbon and its MAM copy) raises nothing. A correction by
 * anyone but the sender, of anything but text, or later than the edit window is ignored.
 */
export function applyFold(d: FoldDeps, parsed: ParsedFold, emit: boolean): void {
  const { target, changed } = d.index.applyFold(parsed.sessionId, parsed.ref, toFold(parsed));
  if (!emit || !changed || !target) return;
  const base = { sessionId: parsed.sessionId, idClient: target.idClient, time: parsed.time };
  if (parsed.kind === 'reaction') {
    d.emit({ type: 'reaction', ...base, account: parsed.by, change: { keys: parsed.keys } });
  } else if (editAllowed(target, parsed.by, parsed.time, d.editWindowMs)) {
    d.emit({ type: 'edit', ...base, body: parsed.body });
  }
}
