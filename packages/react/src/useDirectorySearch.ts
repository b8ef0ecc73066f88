import {
  type ChatErrorInfo,
  type ChatTarget,
  type DirectoryResult,
  type Session,
  toChatError,
} from '@parley/core';
import { useCallback, useEffect, useState } from 'react';
import { useChat } from './ChatContext.ts';
import { useChatStore } from './useChatStore.ts';

/** Options of {@link useDirectorySearch}. */
export interface UseDirectorySearchOptions {
  /** Most users and most teams to show; clamped to 1..50. Default 20. */
  limit?: number;
  /** Searches this long after the text last changed, ms, so typing asks once. Default 150. */
  delayMs?: number;
}

/** What {@link useDirectorySearch} returns. */
export interface UseDirectorySearchResult extends DirectoryResult {
  /** The search for the current text has not answered yet (earlier results stay meanwhile). */
  loading: boolean;
  /** Why the search for the current text failed; null otherwise. */
  error: ChatErrorInfo | null;
  /**
   * The backend has a directory. Without one nothing is searched: only the typed text comes
   * back, as `enteredAccount`.
   */
  searchable: boolean;
  /** Searches the current text again (after an error). */
  retry: () => void;
  /** Opens a chat with a result or an account and returns its session (`Chat.startChat`). */
  startChat: (target: ChatTarget) => Session;
}

interface Answer {
  text: string;
  attempt: number;
  result: DirectoryResult;
  error: ChatErrorInfo | null;
}

const NOTHING: DirectoryResult = { users: [], teams: [] };

/**
 * People and teams to start a chat with, for what the user types: the headless part of a
 * "new conversation" picker. Searches through `Chat.searchDirectory` once the text rests,
 * again when the connection comes back; a later text always wins over an earlier answer.
 */
export function useDirectorySearch(
  text: string,
  { limit, delayMs = 150 }: UseDirectorySearchOptions = {},
): UseDirectorySearchResult {
  const chat = useChat();
  const connected = useChatStore((s) => s.connection.status === 'connected');
  const query = text.trim();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({
    text: '',
    attempt: 0,
    result: NOTHING,
    error: null,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `connected` too, so that a search that failed offline runs again online
  useEffect(() => {
    if (query === '') return;
    let current = true;
    const timer = setTimeout(() => {
      chat.searchDirectory(query, { limit }).then(
        (result) => {
          if (current) setAnswer({ text: query, attempt, result, error: null });
        },
        (error: unknown) => {
          if (current) {
            setAnswer({
              text: query,
              attempt,
              result: NOTHING,
              error: toChatError(error).toJSON(),
            });
          }
        },
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [chat, query, limit, delayMs, attempt, connected]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const { startChat } = chat;
  const searchable = chat.adapter.searchDirectory !== undefined;
  if (query === '') {
    return { ...NOTHING, loading: false, error: null, searchable, retry, startChat };
  }
  const settled = answer.text === query && answer.attempt === attempt;
  return {
    ...answer.result,
    loading: !settled,
    error: settled ? answer.error : null,
    searchable,
    retry,
    startChat,
  };
}
