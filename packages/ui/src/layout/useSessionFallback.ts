import { type ChatState, type Scene, type SessionId, selectSession } from '@parley/core';
import { displayName, useChatStore } from '@parley/react';
import { useMemo } from 'react';

/** The session a layout falls back to, and whether its own pick is still listed. */
export interface SessionFallback {
  /** The first session of the list, or null while there is none. */
  first: SessionId | null;
  /** Whether the wanted session is in the list. */
  present: boolean;
}

/** Options of {@link useSessionFallback}: the list's filter and the session the layout shows. */
export interface SessionFallbackOptions {
  scene?: Scene | readonly Scene[];
  query?: string;
  wanted: SessionId | null;
}

/**
 * The first session of the filtered list and whether `wanted` is in it, filtered as
 * `useSessions` filters. Re-renders only when one of the two values changes, so the
 * layout and its pane stay still while the list's sessions update.
 */
export function useSessionFallback({
  scene,
  query,
  wanted,
}: SessionFallbackOptions): SessionFallback {
  const sceneKey = typeof scene === 'string' ? scene : (scene?.join(',') ?? '');
  const text = query?.trim().toLowerCase() ?? '';
  const select = useMemo(() => fallbackSelector(sceneKey, text, wanted), [sceneKey, text, wanted]);
  return useChatStore(select);
}

function fallbackSelector(
  sceneKey: string,
  query: string,
  wanted: SessionId | null,
): (state: ChatState) => SessionFallback {
  const scenes = sceneKey ? new Set(sceneKey.split(',')) : null;
  // The store calls selectors on every change (a typing event, a receipt): the list is walked
  // again only when the sessions, or the names a query matches, changed.
  let inputs: readonly unknown[] = [];
  let result: SessionFallback = { first: null, present: false };
  return (state) => {
    const next = [
      state.sessions.order,
      state.sessions.byId,
      query && state.users,
      query && state.teams,
    ];
    if (next.every((input, i) => input === inputs[i])) return result;
    inputs = next;
    let first: SessionId | null = null;
    let present = false;
    for (const id of state.sessions.order) {
      const session = selectSession(state, id);
      if (!session || (scenes && !scenes.has(session.scene))) continue;
      if (query) {
        const name = displayName(state, session).toLowerCase();
        if (!name.includes(query) && !session.to.toLowerCase().includes(query)) continue;
      }
      first ??= session.id;
      if (session.id === wanted) present = true;
      if (present || wanted === null) break;
    }
    // The same object while both values hold, so the layout re-renders only when one changes.
    if (first !== result.first || present !== result.present) result = { first, present };
    return result;
  };
}
