import type { ReactionChange } from '../model/AdapterEvent.ts';
import type { MessageReactions, ReactionMark } from '../model/Message.ts';

/** Most distinct reaction keys one message holds; one more is `REACTION_LIMIT`. */
export const MAX_REACTION_KEYS = 20;

/**
 * The key under which an account's last whole-set change is kept (`{ keys }`): every mark of
 * that account older than it reads as off. Never a valid reaction key (`checkReactionKey`).
 */
const WHOLE_SET = '';

/** One key of a message's reactions as people see it. */
export interface ReactionSummary {
  key: string;
  /** Accounts whose reaction with this key is on. */
  count: number;
  /** The viewer's own reaction is among them. */
  mine: boolean;
  /** Who reacted, in the order they did. */
  accounts: string[];
}

/** Whether `next` beats `current` for one key and account: later time, and off on a tie. */
function wins(next: ReactionMark, current: ReactionMark | undefined): boolean {
  if (!current) return true;
  if (next.time !== current.time) return next.time > current.time;
  return current.on && !next.on;
}

function setMark(
  reactions: MessageReactions | undefined,
  key: string,
  account: string,
  mark: ReactionMark,
): MessageReactions | undefined {
  const marks = reactions?.[key];
  if (!wins(mark, marks?.[account])) return reactions;
  return { ...reactions, [key]: { ...marks, [account]: mark } };
}

/** Whether an account's mark counts: on, and not older than the account's last whole set. */
function isOn(reactions: MessageReactions, key: string, account: string): boolean {
  const mark = reactions[key]?.[account];
  if (!mark?.on) return false;
  const floor = reactions[WHOLE_SET]?.[account];
  return !floor || mark.time >= floor.time;
}

/**
 * Applies one account's reaction change at server `time`. Per key and account the later time
 * wins (off on a tie), so duplicates and reordered changes converge. Returns `reactions`
 * itself when nothing changed.
 */
export function applyReaction(
  reactions: MessageReactions | undefined,
  account: string,
  change: ReactionChange,
  time: number,
): MessageReactions | undefined {
  if ('key' in change) return setMark(reactions, change.key, account, { on: change.on, time });
  let next = setMark(reactions, WHOLE_SET, account, { on: false, time });
  if (next === reactions) return reactions;
  for (const key of change.keys) next = setMark(next, key, account, { on: true, time });
  return next;
}

/** Merges two versions of a message's reactions: per key and account the later mark wins. */
export function mergeReactions(
  a: MessageReactions | undefined,
  b: MessageReactions | undefined,
): MessageReactions | undefined {
  if (!b || a === b) return a;
  if (!a) return b;
  let next: MessageReactions | undefined = a;
  for (const key of Object.keys(b)) {
    const marks = b[key];
    if (!marks) continue;
    for (const account of Object.keys(marks)) {
      const mark = marks[account];
      if (mark) next = setMark(next, key, account, mark);
    }
  }
  return next;
}

/**
 * The reactions people see: per key the accounts whose mark is on, whether the viewer is one
 * of them; keys nobody holds left out; ordered by each key's earliest reaction, then key.
 */
export function summarizeReactions(
  reactions: MessageReactions | undefined,
  viewer: string,
): ReactionSummary[] {
  if (!reactions) return [];
  const rows: (ReactionSummary & { first: number })[] = [];
  for (const key of Object.keys(reactions)) {
    if (key === WHOLE_SET) continue;
    const marks = reactions[key] ?? {};
    const on = Object.keys(marks)
      .filter((account) => isOn(reactions, key, account))
      .sort((x, y) => (marks[x]?.time ?? 0) - (marks[y]?.time ?? 0) || (x < y ? -1 : 1));
    if (on.length === 0) continue;
    const first = marks[on[0] ?? '']?.time ?? 0;
    rows.push({ key, count: on.length, mine: on.includes(viewer), accounts: on, first });
  }
  rows.sort((x, y) => x.first - y.first || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return rows.map(({ first: _first, ...row }) => row);
}

/** The keys an account's reaction is on, ordered by key. */
export function myReactionKeys(reactions: MessageReactions | undefined, account: string): string[] {
  if (!reactions) return [];
  return Object.keys(reactions)
    .filter((key) => key !== WHOLE_SET && isOn(reactions, key, account))
    .sort();
}

/** How many distinct keys someone holds on a message (the count `MAX_REACTION_KEYS` caps). */
export function reactionKeyCount(reactions: MessageReactions | undefined): number {
  if (!reactions) return 0;
  let count = 0;
  for (const key of Object.keys(reactions)) {
    if (key === WHOLE_SET) continue;
    const marks = reactions[key] ?? {};
    if (Object.keys(marks).some((account) => isOn(reactions, key, account))) count += 1;
  }
  return count;
}

/** An account's current mark on a key, to restore it when an optimistic change fails. */
export function reactionMark(
  reactions: MessageReactions | undefined,
  key: string,
  account: string,
): ReactionMark | undefined {
  return reactions?.[key]?.[account];
}

/**
 * When an optimistic change of mine may be stamped: just after every mark of mine this device
 * knows (the server stamps my change later than all of them), yet before any change the
 * server makes after it, so a concurrent change from another device that the server ordered
 * later still wins. Half a millisecond sits between two server times.
 */
export function optimisticReactionTime(
  reactions: MessageReactions | undefined,
  account: string,
): number {
  let latest = 0;
  for (const marks of Object.values(reactions ?? {})) {
    const mark = marks[account];
    if (mark && mark.time > latest) latest = mark.time;
  }
  return latest + 0.5;
}

/**
 * Puts back an account's mark on a key (`previous`; null: none) if the mark is still the
 * optimistic one; a mark the server's changes replaced stays.
 */
export function rollbackReaction(
  reactions: MessageReactions | undefined,
  key: string,
  account: string,
  optimistic: ReactionMark,
  previous: ReactionMark | null,
): MessageReactions | undefined {
  const marks = reactions?.[key];
  const mark = marks?.[account];
  if (!reactions || !marks || !mark || mark.on !== optimistic.on || mark.time !== optimistic.time) {
    return reactions;
  }
  if (previous) return { ...reactions, [key]: { ...marks, [account]: previous } };
  const { [account]: _dropped, ...rest } = marks;
  if (Object.keys(rest).length > 0) return { ...reactions, [key]: rest };
  const { [key]: _key, ...others } = reactions;
  return Object.keys(others).length > 0 ? others : undefined;
}
