// Stand-ins for @parley/react's hooks until they land; removed then.
import {
  isMessageGone,
  type Message,
  type MessageFocus,
  type QuoteState,
  quoteState,
  type ReactionSummary,
  type ReplyRef,
  selectMessage,
  summarizeReactions,
} from '@parley/core';
import { useChatStore } from '@parley/react';
import { useMemo } from 'react';

export function useReactions(message: Message): ReactionSummary[] {
  const me = useChatStore((s) => s.me);
  return useMemo(() => summarizeReactions(message.reactions, me), [message.reactions, me]);
}

export function useReplyTarget(
  sessionId: string,
  ref?: ReplyRef,
): { original?: Message; state: QuoteState } {
  const original = useChatStore((s) =>
    ref ? selectMessage(s.messages[sessionId], ref.idClient) : undefined,
  );
  const gone = useChatStore((s) => (ref ? isMessageGone(s, sessionId, ref) : false));
  return { original, state: ref ? quoteState(ref, original, gone) : 'unknown' };
}

export function useMessageFocus(sessionId: string): MessageFocus | null {
  return useChatStore((s) => s.messages[sessionId]?.focus ?? null);
}
