import type { Message } from '@parley/core';
import { useReactions } from '@parley/react';
import { ReactionChips } from '../reactions/ReactionChips.tsx';
import type { MessageRowShared } from './MessageRowShared.ts';

/** A row's `ReactionChips`, summarized once per change of the message's reactions. */
export function RowReactions({ message, shared }: { message: Message; shared: MessageRowShared }) {
  const reactions = useReactions(message);
  const { react } = shared;
  return (
    <ReactionChips
      reactions={reactions}
      me={shared.me}
      getName={shared.getName}
      onToggle={react ? (key) => react(message, key) : undefined}
    />
  );
}
