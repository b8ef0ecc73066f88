import type { ReactionChange } from '../model/AdapterEvent.ts';
import type { Message, MessageReactions } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { applyEdit } from '../rules/edit.ts';
import { applyReaction, mergeReactions } from '../rules/reactions.ts';
import { emptyTable, type KeyedTable, tableDelete, tableGet, tableSet } from './KeyedTable.ts';

/** What is known of one message that has not arrived yet: its latest edit, its reactions. */
export interface EarlyChange {
  edit?: { body: string; time: number };
  reactions?: MessageReactions;
}

/**
 * Edits and reaction changes that arrived before their message (a backend may deliver them in
 * any order), by session and `idClient`, oldest first in `order`. Internal to the store.
 */
export interface EarlyChanges {
  table: KeyedTable<EarlyChange>;
  /** Keys by first arrival; may hold keys already folded out (skipped when dropping). */
  order: readonly string[];
}

/**
 * The most messages remembered at once. An early change waits only for the reordering of one
 * delivery (its message is at most a few events behind), or for a session page that brings it
 * folded anyway; a few thousand covers every burst a device sees, and dropping the oldest only
 * loses a change the server's history still holds.
 */
export const EARLY_CHANGES_LIMIT = 2_000;

/** No early changes. */
export const noEarlyChanges: EarlyChanges = { table: emptyTable(), order: [] };

function keyOf(sessionId: SessionId, idClient: string): string {
  return `${sessionId}\n${idClient}`;
}

/** Records one change of a message not held yet; the oldest message is dropped past the limit. */
function remember(
  early: EarlyChanges,
  sessionId: SessionId,
  idClient: string,
  change: (known: EarlyChange) => EarlyChange,
): EarlyChanges {
  const key = keyOf(sessionId, idClient);
  const known = tableGet(early.table, key);
  const next = change(known ?? {});
  if (known === next) return early;
  let table = tableSet(early.table, key, next);
  let order = known ? early.order : [...early.order, key];
  while (table.size > EARLY_CHANGES_LIMIT) {
    const [oldest, ...rest] = order;
    order = rest;
    if (oldest !== undefined) table = tableDelete(table, oldest);
  }
  if (order.length > 2 * EARLY_CHANGES_LIMIT) order = order.filter((k) => tableGet(table, k));
  return { table, order };
}

/** An edit of a message not held yet, kept by the same rule as `applyEdit` (later wins). */
export function rememberEdit(
  early: EarlyChanges,
  sessionId: SessionId,
  idClient: string,
  body: string,
  time: number,
): EarlyChanges {
  return remember(early, sessionId, idClient, (known) => {
    const edit = known.edit;
    if (edit && (time < edit.time || (time === edit.time && body <= edit.body))) return known;
    return { ...known, edit: { body, time } };
  });
}

/** A reaction change of a message not held yet, merged by `applyReaction` (later wins). */
export function rememberReaction(
  early: EarlyChanges,
  sessionId: SessionId,
  idClient: string,
  account: string,
  change: ReactionChange,
  time: number,
): EarlyChanges {
  return remember(early, sessionId, idClient, (known) => {
    const reactions = applyReaction(known.reactions, account, change, time);
    return reactions === known.reactions ? known : { ...known, reactions };
  });
}

/** What is remembered of `message`; undefined (one lookup at most) for nearly every message. */
export function earlyOf(early: EarlyChanges, message: Message): EarlyChange | undefined {
  if (early.table.size === 0) return undefined;
  return tableGet(early.table, keyOf(message.sessionId, message.idClient));
}

/** `message` with a remembered edit: the later edit wins, a recall beats it (`applyEdit`). */
export function withEarlyEdit(message: Message, known: EarlyChange | undefined): Message {
  return known?.edit ? applyEdit(message, known.edit.body, known.edit.time) : message;
}

/**
 * `message` with remembered reactions merged in (later mark wins); a recalled one takes none.
 * Only for the window: reactions never change a session's `lastMsg`.
 */
export function withEarlyReactions(message: Message, known: EarlyChange | undefined): Message {
  if (!known?.reactions || message.recall) return message;
  const reactions = mergeReactions(message.reactions, known.reactions);
  return reactions === message.reactions ? message : { ...message, reactions };
}

/** Forgets a message's early changes once it is held (then its own events change it). */
export function forgetEarly(early: EarlyChanges, message: Message): EarlyChanges {
  const table = tableDelete(early.table, keyOf(message.sessionId, message.idClient));
  return table === early.table ? early : { table, order: early.order };
}
