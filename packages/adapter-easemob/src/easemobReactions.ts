import type { Message, MessageReactions } from '@parley/core';
import { applyReaction } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import type { EasemobConnection } from './EasemobConnection.ts';
import { emCall } from './easemobErrors.ts';
import type { EasemobContent } from './toMessage.ts';

/** One account's change of one reaction key. */
export interface KeyChange {
  account: string;
  change: { key: string; on: boolean };
}

function users(reaction: EasemobChat.Reaction): string[] {
  return Array.isArray(reaction.userList)
    ? reaction.userList.filter((u): u is string => typeof u === 'string' && u !== '')
    : [];
}

/** Whether Easemob listed everyone who holds the reaction (lists show the first three only). */
export function isComplete(reaction: EasemobChat.Reaction): boolean {
  return users(reaction).length >= (Number(reaction.count) || 0);
}

/**
 * A message's reactions as Easemob lists them, as Parley marks. Lists carry no times, so the
 * marks are stamped just after the message's own `time`, one millisecond apart in list order
 * (keys in the order they were first used, users in the order they reacted): the order shows,
 * and any live change after it wins. Only the users listed are known; see {@link isComplete}.
 */
export function reactionsOf(
  list: readonly EasemobChat.Reaction[] | undefined,
  time: number,
  more: (key: string) => readonly string[] = () => [],
): MessageReactions | undefined {
  let reactions: MessageReactions | undefined;
  let order = 0;
  for (const reaction of Array.isArray(list) ? list : []) {
    const key = typeof reaction?.reaction === 'string' ? reaction.reaction : '';
    if (!key) continue;
    for (const account of new Set([...users(reaction), ...more(key)])) {
      order += 1;
      reactions = applyReaction(reactions, account, { key, on: true }, time + order);
    }
  }
  return reactions;
}

/**
 * The per-account changes an `onReactionChange` event carries. Its lists are cut to three users,
 * so whole sets cannot be read from them; its `op` entries name who turned which key on
 * (`create`) or off (`delete`), which stays right however events interleave. When several ops of
 * one account on one key come in one event, the last one holds. An event without ops (older
 * servers) yields the listed users of complete lists as on.
 */
export function reactionChanges(event: EasemobChat.ReactionMessage): KeyChange[] {
  const changes = new Map<string, KeyChange>();
  for (const reaction of Array.isArray(event?.reactions) ? event.reactions : []) {
    const key = typeof reaction?.reaction === 'string' ? reaction.reaction : '';
    if (!key) continue;
    const ops = Array.isArray(reaction.op) ? reaction.op : [];
    for (const op of ops) {
      if (typeof op?.operator !== 'string' || op.operator === '') continue;
      const on = op.reactionType === 'create';
      if (!on && op.reactionType !== 'delete') continue;
      changes.set(`${key}\n${op.operator}`, { account: op.operator, change: { key, on } });
    }
    if (ops.length === 0 && isComplete(reaction)) {
      for (const account of users(reaction)) {
        changes.set(`${key}\n${account}`, { account, change: { key, on: true } });
      }
    }
  }
  return [...changes.values()];
}

/** Most pages of one reaction's users read for one message. */
const MAX_DETAIL_PAGES = 20;

/** Everyone who holds `reaction` on a message, from `getReactionDetail` (100 a page). */
async function reactors(
  conn: EasemobConnection,
  messageId: string,
  reaction: string,
): Promise<string[]> {
  const all: string[] = [];
  let cursor = '';
  for (let page = 0; page < MAX_DETAIL_PAGES; page++) {
    const result = await emCall('other', () =>
      conn.getReactionDetail({ messageId, reaction, cursor, pageSize: 100 }),
    );
    const list = result?.data?.userList ?? [];
    all.push(...list);
    cursor = result?.data?.cursor ?? '';
    if (!cursor || list.length === 0) break;
  }
  return all;
}

/**
 * A history message with all its reactions: Easemob lists a reaction's first three users only,
 * so the rest of a longer list is read with `getReactionDetail`. When that read fails the page
 * still comes, with the users listed.
 */
export async function completeReactions(
  conn: EasemobConnection,
  body: EasemobContent,
  message: Message,
): Promise<Message> {
  const list = 'reactions' in body ? body.reactions : undefined;
  const partial = (Array.isArray(list) ? list : []).filter(
    (r) => typeof r?.reaction === 'string' && !isComplete(r),
  );
  if (partial.length === 0 || !message.idServer) return message;
  const more = new Map<string, string[]>();
  try {
    for (const r of partial) {
      more.set(r.reaction, await reactors(conn, message.idServer, r.reaction));
    }
  } catch {
    return message;
  }
  const reactions = reactionsOf(list, message.time, (key) => more.get(key) ?? []);
  return reactions ? { ...message, reactions } : message;
}
