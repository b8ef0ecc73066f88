import type { StoreApi } from 'zustand/vanilla';
import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { ChatError, type ChatErrorCode, toChatError } from '../model/ChatError.ts';
import { applyEvents } from '../store/applyEvents.ts';
import type { ChatState } from '../store/ChatState.ts';
import { dispatch } from '../store/createChatStore.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';
import { createProfileLoader, type ProfileLoader } from './ProfileLoader.ts';

/** What every action of one chat instance shares. */
export interface ChatContext {
  adapter: ChatAdapter;
  store: StoreApi<ChatState>;
  sessionPageSize: number;
  historyPageSize: number;
  /** `CreateChatOptions.maxTextLength`. */
  maxTextLength: number;
  now: () => number;
  createId: () => string;
  /** `CreateChatOptions.teamReceipts`. */
  teamReceipts: boolean;
  /** Receipt requests of sends by `idClient`, so a resend asks the same. */
  receiptRequests: Map<string, boolean>;
  /** Time of the newest message this client sent a read receipt for, by session. */
  receiptsSent: Map<string, number>;
  /** Fetches profiles of senders the store does not know. */
  profiles: ProfileLoader;
  /** Running uploads by `idClient`, for `cancelUpload`. */
  uploads: Map<string, AbortController>;
  /** Files of file messages by `idClient`, so a failed upload can be resent. */
  files: Map<string, Blob>;
  /** Sessions whose newest page was loaded. */
  openedSessions: Set<string>;
  /** Sessions asked from the server because only live messages made them known. */
  reconciling: Set<string>;
  /** Applies a controller event at once, after any queued adapter events. */
  dispatch(event: StoreEvent): void;
  /**
   * Queues a pushed adapter event. Events pushed in the same task are applied together in a
   * microtask (one store update, one notification); `dispatch` and `state` apply the queue
   * first, so actions always see every event that arrived before them, in order.
   */
  enqueue(event: AdapterEvent): void;
  /** Applies the queued adapter events now. */
  flush(): void;
  /** The current state, queued adapter events included. */
  state(): ChatState;
  /** The server's clock, ms: `now()` plus the offset learned at connect and from messages. */
  serverNow(): number;
  /** Sets the clock offset from a server time reported at this moment (connect). */
  setServerTime(serverTime: number): void;
  /** Throws `NOT_CONNECTED` unless connected. */
  requireConnected(): void;
  /** Records a failure of background work (auto read marks, profiles) where the UI sees it. */
  report(error: unknown): void;
}

/**
 * Looks at each applied adapter event and returns work to run once the store holds the
 * result (auto-acknowledging the active session), or nothing.
 */
export type AfterAdapterEvent = (
  event: AdapterEvent,
  before: ChatState,
  after: ChatState,
) => (() => void) | undefined;

/** Builds the shared context. */
export function createChatContext(
  options: Omit<
    ChatContext,
    | 'dispatch'
    | 'enqueue'
    | 'flush'
    | 'state'
    | 'requireConnected'
    | 'report'
    | 'uploads'
    | 'files'
    | 'openedSessions'
    | 'reconciling'
    | 'receiptRequests'
    | 'receiptsSent'
    | 'profiles'
    | 'serverNow'
    | 'setServerTime'
  >,
  afterAdapterEvent: AfterAdapterEvent = () => undefined,
): ChatContext {
  const { store, now, adapter } = options;
  let queue: AdapterEvent[] = [];
  let offset = 0;
  // A pushed message was stamped by the server before it arrived, so the server clock is
  // at least its time: the offset only grows from it (a client clock running ahead of the
  // server is corrected at connect).
  const observe = (event: StoreEvent) => {
    if (event.type === 'message') offset = Math.max(offset, event.message.time - now());
  };
  const flush = () => {
    if (queue.length === 0) return;
    const events = queue;
    queue = [];
    // Decided per event, run after the one store update; no intermediate state is kept.
    const followUps: (() => void)[] = [];
    const state = applyEvents(store.getState(), events, (event, before, after) => {
      const followUp = afterAdapterEvent(event, before, after);
      if (followUp) followUps.push(followUp);
    });
    store.setState(state, true);
    for (const followUp of followUps) followUp();
  };
  const profiles = createProfileLoader(
    adapter,
    (account) => store.getState().users[account] !== undefined,
    (users) => {
      flush();
      dispatch(store, { type: 'users', users });
    },
    // A missing profile is not an error of the list: names fall back to account ids, and
    // the next message from the account asks again.
    () => undefined,
  );
  const context: ChatContext = {
    ...options,
    profiles,
    uploads: new Map(),
    files: new Map(),
    openedSessions: new Set(),
    reconciling: new Set(),
    receiptRequests: new Map(),
    receiptsSent: new Map(),
    dispatch: (event) => {
      flush();
      observe(event);
      dispatch(store, event);
    },
    enqueue(event) {
      observe(event);
      queue.push(event);
      if (queue.length === 1) queueMicrotask(flush);
    },
    flush,
    serverNow: () => now() + offset,
    setServerTime(serverTime) {
      offset = serverTime - now();
    },
    state: () => {
      flush();
      return store.getState();
    },
    requireConnected() {
      if (store.getState().connection.status !== 'connected') {
        throw new ChatError('NOT_CONNECTED', 'Not connected; call connect() first');
      }
    },
    report(error) {
      flush();
      const loading = store.getState().sessions.loading;
      dispatch(store, { type: 'sessionsLoading', loading, error: toChatError(error).toJSON() });
    },
  };
  return context;
}

/** Runs an action so that it always rejects with a `ChatError`. */
export async function guard<T>(fallback: ChatErrorCode, action: () => Promise<T> | T): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toChatError(error, fallback);
  }
}
