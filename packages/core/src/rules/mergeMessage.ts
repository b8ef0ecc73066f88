import type { Message } from '../model/Message.ts';
import { statusRank } from './messageOrder.ts';
import { mergeTeamReceipt } from './teamReceipt.ts';

/**
 * Idempotent upsert of two versions of one message (same `idClient`).
 *
 * - A recalled version wins over any plain one, so a recall that arrives before its message
 *   still ends recalled.
 * - Otherwise the version further along its life wins (`sent`/`read` never go back to `sending`).
 * - On a tie the later server time wins; team receipt counts only move toward read.
 *
 * Returns `existing` itself when nothing changes, so selectors stay referentially stable.
 */
export function mergeMessage(existing: Message, incoming: Message): Message {
  if (existing === incoming) return existing;
  const winner = pickWinner(existing, incoming);
  const receipt = mergeTeamReceipt(existing.teamReceipt, incoming.teamReceipt);
  if (receipt === winner.teamReceipt) return winner;
  if (winner === existing && receipt === existing.teamReceipt) return existing;
  return { ...winner, teamReceipt: receipt };
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
