import type { StoreApi } from 'zustand/vanilla';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { ChatError, type ChatErrorCode, toChatError } from '../model/ChatError.ts';
import type { ChatState } from '../store/ChatState.ts';
import { dispatch } from '../store/createChatStore.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';

/** What every action of one chat instance shares. */
export interface ChatContext {
  adapter: ChatAdapter;
  store: StoreApi<ChatState>;
  sessionPageSize: number;
  historyPageSize: number;
  now: () => number;
  createId: () => string;
  /** Running uploads by `idClient`, for `cancelUpload`. */
  uploads: Map<string, AbortController>;
  /** Files of file messages by `idClient`, so a failed upload can be resent. */
  files: Map<string, Blob>;
  /** Sessions whose newest page was loaded. */
  openedSessions: Set<string>;
  dispatch(event: StoreEvent): void;
  state(): ChatState;
  /** Throws `NOT_CONNECTED` unless connected. */
  requireConnected(): void;
  /** Records a failure of background work (auto read marks, profiles) where the UI sees it. */
  report(error: unknown): void;
}

/** Builds the shared context. */
export function createChatContext(
  options: Omit<
    ChatContext,
    'dispatch' | 'state' | 'requireConnected' | 'report' | 'uploads' | 'files' | 'openedSessions'
  >,
): ChatContext {
  const { store } = options;
  return {
    ...options,
    uploads: new Map(),
    files: new Map(),
    openedSessions: new Set(),
    dispatch: (event) => dispatch(store, event),
    state: () => store.getState(),
    requireConnected() {
      if (store.getState().connection.status !== 'connected') {
        throw new ChatError('NOT_CONNECTED', 'Not connected; call connect() first');
      }
    },
    report(error) {
      const loading = store.getState().sessions.loading;
      dispatch(store, { type: 'sessionsLoading', loading, error: toChatError(error).toJSON() });
    },
  };
}

/** Runs an action so that it always rejects with a `ChatError`. */
export async function guard<T>(fallback: ChatErrorCode, action: () => Promise<T> | T): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toChatError(error, fallback);
  }
}
