import type { Message } from '@parley/core';
import { useMessageFocus } from '@parley/react';
import { useEffect, useRef, useState } from 'react';

/** How long a message jumped to stays highlighted (ms); the CSS fades it within this time. */
export const HIGHLIGHT_MS = 2000;

/**
 * Follows the window's `focus` (set by `chat.jumpTo`): once the message is in the list, scrolls
 * to it, gives it keyboard focus and returns its id as highlighted for {@link HIGHLIGHT_MS}.
 * Each jump (a new `seq`) does it again, even to the same message.
 */
export function useJumpFocus(
  sessionId: string,
  messages: readonly Message[],
  scrollTo: (index: number) => void,
  focusMessage: (id: string) => void,
): string | null {
  const focus = useMessageFocus(sessionId);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const handled = useRef<number | null>(null);
  const latest = useRef({ scrollTo, focusMessage });
  latest.current = { scrollTo, focusMessage };

  useEffect(() => {
    if (!focus || handled.current === focus.seq) return;
    const index = messages.findIndex((m) => m.idClient === focus.idClient);
    // The window around the message may not have arrived yet: wait for it.
    if (index < 0) return;
    handled.current = focus.seq;
    latest.current.scrollTo(index);
    latest.current.focusMessage(focus.idClient);
    setHighlighted(focus.idClient);
  }, [focus, messages]);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  return highlighted;
}
