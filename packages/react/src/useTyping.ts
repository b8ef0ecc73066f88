import type { SessionId } from '@parley/core';
import { useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import { useChatStore } from './useChatStore.ts';

const NONE: readonly string[] = Object.freeze([]);

/**
 * Accounts typing in a session right now. Entries expire at their `until` time; the hook
 * schedules one timer for the earliest expiry instead of polling.
 */
export function useTyping(sessionId: SessionId): readonly string[] {
  const entries = useChatStore((s) => s.typing[sessionId]);
  const [typing, setTyping] = useState<readonly string[]>(NONE);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const at = Date.now();
      const active = entries ? Object.keys(entries).filter((a) => (entries[a] ?? 0) > at) : [];
      setTyping((prev) => (shallow(prev, active) ? prev : active.length ? active : NONE));
      if (entries && active.length > 0) {
        const next = Math.min(...active.map((a) => entries[a] ?? at));
        timer = setTimeout(update, next - at + 10);
      }
    };
    update();
    return () => clearTimeout(timer);
  }, [entries]);

  return typing;
}
