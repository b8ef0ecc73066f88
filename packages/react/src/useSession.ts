import { type Session, type SessionId, selectSession } from '@parley/core';
import { useMemo } from 'react';
import { useChat } from './ChatContext.ts';
import { displayName } from './displayName.ts';
import { useChatStore } from './useChatStore.ts';
import { type SessionActions, useSessionActions } from './useSessions.ts';

/** What {@link useSession} returns. */
export interface UseSessionResult extends Omit<SessionActions, 'markAllRead'> {
  /** The session, or undefined when it is not in the store (deleted, not loaded). */
  session: Session | undefined;
  /** Peer nick or team name, falling back to the id. */
  name: string;
  /** This device's unsent text for the session. */
  draft: string;
  /** `Chat.setDraft` of this session. */
  setDraft: (draft: string) => void;
  /** `Chat.updatePinExt` of this session. */
  updatePinExt: (ext: string) => Promise<void>;
}

/**
 * One session and the commands on it. Re-renders only when this session (or its name) changes,
 * so list rows built on it stay still while other sessions update.
 */
export function useSession(sessionId: SessionId): UseSessionResult {
  const chat = useChat();
  const session = useChatStore((s) => selectSession(s, sessionId));
  const name = useChatStore((s) => {
    const current = selectSession(s, sessionId);
    return current ? displayName(s, current) : sessionId;
  });
  const { markAllRead: _unused, ...actions } = useSessionActions();
  const own = useMemo(
    () => ({
      setDraft: (draft: string) => chat.setDraft(sessionId, draft),
      updatePinExt: (ext: string) => chat.updatePinExt(sessionId, ext),
    }),
    [chat, sessionId],
  );
  return { session, name, draft: session?.draft ?? '', ...actions, ...own };
}
