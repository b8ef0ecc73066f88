import type { Scene, SessionId } from '@parley/core';
import { useSessions } from '@parley/react';
import { memo, useEffect } from 'react';

/** What {@link SessionFallbackProbe} reports. */
export interface SessionFallback {
  /** The first session of the list, or null while there is none. */
  first: SessionId | null;
  /** Whether the wanted session is in the list. */
  present: boolean;
}

/** Props of {@link SessionFallbackProbe}: the list's filter and the session the layout shows. */
export interface SessionFallbackProbeProps {
  scene?: Scene | readonly Scene[];
  query?: string;
  wanted: SessionId | null;
  onChange: (fallback: SessionFallback) => void;
}

/**
 * Renders nothing; tells the layout the list's first session and whether its own selection is
 * still listed. A component of its own so every list change re-renders this probe, not the
 * layout and its pane: the layout re-renders only when one of the two values changes.
 */
export const SessionFallbackProbe = memo(function SessionFallbackProbe({
  scene,
  query,
  wanted,
  onChange,
}: SessionFallbackProbeProps) {
  const { sessions } = useSessions({ scene, query });
  const first = sessions[0]?.id ?? null;
  const present = wanted !== null && sessions.some((s) => s.id === wanted);
  useEffect(() => {
    onChange({ first, present });
  }, [first, present, onChange]);
  return null;
});
