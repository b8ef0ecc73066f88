import { useSession } from '@parley/react';
import { useEffect, useRef } from 'react';
import type { UnreadMark } from './messageLayout.ts';

/** Props of {@link UnreadMarkCapture}. */
export interface UnreadMarkCaptureProps {
  sessionId: string;
  onCapture: (mark: UnreadMark) => void;
}

/**
 * Remembers where unread messages started when the session was opened, before opening it
 * resets the count. A separate component so that the session's other changes (drafts typed
 * next door) re-render this empty node, not the list.
 */
export function UnreadMarkCapture({ sessionId, onCapture }: UnreadMarkCaptureProps) {
  const { session } = useSession(sessionId);
  const captured = useRef(false);
  // Values from the render, i.e. before the list's effect made the session active.
  const ack = session?.ack;
  const unread = session?.unread ?? 0;
  useEffect(() => {
    if (captured.current || ack === undefined) return;
    captured.current = true;
    onCapture({ ack, unread });
  }, [ack, unread, onCapture]);
  return null;
}
