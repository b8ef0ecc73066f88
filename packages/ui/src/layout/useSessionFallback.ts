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
  return useChatStore(select, sameFallback);
}

function fallbackSelector(
  sceneKey: string,
  query: string,
  wanted: SessionId | null,
): (state: ChatState) => SessionFallback {
  const scenes = sceneKey ? new Set(sceneKey.split(',')) : null;
  // The store calls selectors on every change (a typing event, a receipt): walking the list
  // again is wasted unless the sessions, or the names a query matches, changed.
  let last:
    | { state: Pick<ChatState, 'sessions' | 'users' | 'teams'>; result: SessionFallback }
    | undefined;
  return (state) => {
    const unchanged =
      last !== undefined &&
      last.state.sessions.order === state.sessions.order &&
      last.state.sessions.byId === state.sessions.byId &&
      (!query || (last.state.users === state.users && last.state.teams === state.teams));
    if (last && unchanged) return last.result;
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
    last = { state, result: { first, present } };
    return last.result;
  };
}

function sameFallback(a: SessionFallback, b: SessionFallback): boolean {
  return a.first === b.first && a.present === b.present;
}
