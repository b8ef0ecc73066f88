import type { Message } from '../model/Message.ts';
import { isLaterEdit } from './edit.ts';
import { statusRank } from './messageOrder.ts';
import { mergeReactions } from './reactions.ts';
import { mergeTeamReceipt } from './teamReceipt.ts';

/**
 * Idempotent upsert of two versions of one message (same `idClient`).
 *
 * - A recalled version wins over any plain one, so a recall that arrives before its message
 *   still ends recalled; it keeps no reactions and no edits.
 * - Otherwise the version further along its life wins (`sent`/`read` never go back to `sending`).
 * - On a tie the later server time wins; team receipt counts only move toward read.
 * - The text of the later edit (`editedAt`) is kept, and reactions merge per key and account.
 *
 * Returns `existing` itself when nothing changes, so selectors stay referentially stable.
 */
export function mergeMessage(existing: Message, incoming: Message): Message {
  if (existing === incoming) return existing;
  const winner = pickWinner(existing, incoming);
  const loser = winner === existing ? incoming : existing;
  const receipt = mergeTeamReceipt(existing.teamReceipt, incoming.teamReceipt);
  let merged = winner;
  if (receipt !== winner.teamReceipt) merged = { ...merged, teamReceipt: receipt };
  if (!winner.recall) merged = withInteractions(merged, loser);
  return merged;
}

/** The loser's later edit and reactions, kept on the winning version. */
function withInteractions(winner: Message, loser: Message): Message {
  if (loser.editedAt === undefined && loser.reactions === undefined) return winner;
  let next = winner;
  if (isLaterEdit(winner, loser)) {
    next = { ...next, body: loser.body, editedAt: loser.editedAt };
  }
  const reactions = mergeReactions(winner.reactions, loser.reactions);
  if (reactions !== winner.reactions) next = { ...next, reactions };
  return next;
}

function pickWinner(a: Message, b: Message): Message {
  if (a.recall && !b.recall) return a;
  if (b.recall && !a.recall) return b;
  const rankA = statusRank(a.status);
  const rankB = statusRank(b.status);
  if (rankA !== rankB) return rankA > rankB ? a : b;
  if (a.time !== b.time) return a.time > b.time ? a : b;
  if ((b.progress ?? 0) > (a.progress ?? 0)) return b;
  return a;
}
