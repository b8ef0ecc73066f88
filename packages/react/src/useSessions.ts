import {
  type Chat,
  type ChatErrorInfo,
  type ChatState,
  type Scene,
  type Session,
  tableGet,
} from '@parley/core';
import { useMemo } from 'react';
import { useChat } from './ChatContext.ts';
import { displayName } from './displayName.ts';
import { useChatStore } from './useChatStore.ts';

/** Options of {@link useSessions}. */
export interface UseSessionsOptions {
  /** Only sessions of these scenes. Default: all. */
  scene?: Scene | readonly Scene[];
  /** Only sessions whose name or id contains this text (case-insensitive). Default: all. */
  query?: string;
}

/** `Chat`'s commands on sessions that a list and its menus use, stable for the chat. */
export type SessionActions = Pick<
  Chat,
  'pin' | 'unpin' | 'deleteSession' | 'markSessionRead' | 'markAllRead' | 'setMute'
>;

/** What {@link useSessions} returns. */
export interface UseSessionsResult extends SessionActions, Pick<Chat, 'loadMoreSessions'> {
  /** Pinned first (newest pin first), then most recently updated. Stable until it changes. */
  sessions: readonly Session[];
  /** Unread of all sessions, muted ones excluded. */
  totalUnread: number;
  hasMore: boolean;
  loading: boolean;
  error: ChatErrorInfo | null;
}

const selectOrder = (s: ChatState) => s.sessions.order;
const selectById = (s: ChatState) => s.sessions.byId;

// The store calls selectors on every change (a typing event, a receipt): summing 10,000
// sessions each time is wasted unless the sessions themselves changed.
const totals = new WeakMap<
  ChatState['sessions']['byId'],
  { order: readonly string[]; total: number }
>();

function totalUnreadOf(s: ChatState): number {
  const { order, byId } = s.sessions;
  const known = totals.get(byId);
  if (known?.order === order) return known.total;
  let total = 0;
  for (const id of order) {
    const session = tableGet(byId, id);
    if (session && !session.mute) total += session.unread;
  }
  totals.set(byId, { order, total });
  return total;
}

/**
 * The conversation list: ordered sessions, unread total, paging and the session commands.
 * Row components should select their own session (see `useSession`) so one change
 * re-renders one row.
 */
export function useSessions(options: UseSessionsOptions = {}): UseSessionsResult {
  const chat = useChat();
  const order = useChatStore(selectOrder);
  const byId = useChatStore(selectById);
  const totalUnread = useChatStore(totalUnreadOf);
  const hasMore = useChatStore((s) => s.sessions.hasMore);
  const loading = useChatStore((s) => s.sessions.loading);
  const error = useChatStore((s) => s.sessions.error);
  const query = options.query?.trim().toLowerCase() ?? '';
  // Names matter only while filtering by text; otherwise profile updates must not re-render.
  const users = useChatStore((s) => (query ? s.users : null));
  const teams = useChatStore((s) => (query ? s.teams : null));
  const { scene } = options;
  const sceneKey = typeof scene === 'string' ? scene : (scene?.join(',') ?? '');

  const sessions = useMemo(() => {
    const scenes = sceneKey ? new Set(sceneKey.split(',')) : null;
    const out: Session[] = [];
    for (const id of order) {
      const session = tableGet(byId, id);
      if (!session) continue;
      if (scenes && !scenes.has(session.scene)) continue;
      if (query && users && teams) {
        const name = displayName({ users, teams }, session).toLowerCase();
        if (!name.includes(query) && !session.to.toLowerCase().includes(query)) continue;
      }
      out.push(session);
    }
    return out;
  }, [order, byId, sceneKey, query, users, teams]);

  const actions = useSessionActions();
  const { loadMoreSessions } = chat;
  return { sessions, totalUnread, hasMore, loading, error, loadMoreSessions, ...actions };
}

/** The session actions alone, for menus that do not need the list. */
export function useSessionActions(): SessionActions {
  const chat = useChat();
  return useMemo(() => {
    const { pin, unpin, deleteSession, markSessionRead, markAllRead, setMute } = chat;
    return { pin, unpin, deleteSession, markSessionRead, markAllRead, setMute };
  }, [chat]);
}
