import { type Message, type ReactionSummary, summarizeReactions } from '@parley/core';
import { useMemo } from 'react';
import { useChatStore } from './useChatStore.ts';

/**
 * The reactions of a message as chips show them: per key the count, whether mine is among
 * them and who reacted, ordered by first reaction (`summarizeReactions`). Recomputed only
 * when the message's reactions change, so a reaction elsewhere costs this row nothing.
 */
export function useReactions(message: Pick<Message, 'reactions'>): ReactionSummary[] {
  const me = useChatStore((s) => s.me);
  const { reactions } = message;
  return useMemo(() => summarizeReactions(reactions, me), [reactions, me]);
}
