import { type Session, selectSession } from '@parley/core';
import { useChatStore } from '@parley/react';
import { useState } from 'react';
import type { UnreadMark } from './messageLayout.ts';

/**
 * Where unread messages started when the session was opened: its read mark and unread count
 * as first rendered, before opening it resets them; null until the session is in the store.
 * Once taken, the mark is all the selector returns, so the session's later changes (a draft
 * typed next door, the count going to 0) never re-render the caller.
 */
export function useUnreadMark(sessionId: string): UnreadMark | null {
  const [taken, setTaken] = useState<UnreadMark | null>(null);
  const seen = useChatStore((state) => taken ?? markOf(selectSession(state, sessionId)), sameMark);
  // Kept from the first render that saw the session, as React keeps derived state.
  if (taken === null && seen !== null) setTaken(seen);
  return taken ?? seen;
}

function markOf(session: Session | undefined): UnreadMark | null {
  return session?.ack === undefined ? null : { ack: session.ack, unread: session.unread };
}

function sameMark(a: UnreadMark | null, b: UnreadMark | null): boolean {
  return a === b || (a !== null && b !== null && a.ack === b.ack && a.unread === b.unread);
}
