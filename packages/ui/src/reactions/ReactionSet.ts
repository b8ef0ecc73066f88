import { createContext, useContext } from 'react';

/** The quick reactions Parley offers when the app names none: the set most chat apps share. */
export const DEFAULT_REACTIONS: readonly string[] = ['👍', '❤️', '😂', '😮', '😢', '🙏'];

/** The app's quick reactions, set through `ParleyRoot`'s `reactions`. */
export const ReactionSetContext = createContext<readonly string[]>(DEFAULT_REACTIONS);

/** The quick reactions of the surrounding `ParleyRoot` (default {@link DEFAULT_REACTIONS}). */
export function useReactionSet(): readonly string[] {
  return useContext(ReactionSetContext);
}
