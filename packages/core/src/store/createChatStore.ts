import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { applyEvent } from './applyEvent.ts';
import type { ChatState } from './ChatState.ts';
import { noEarlyChanges } from './earlyChanges.ts';
import { emptyTable } from './KeyedTable.ts';
import type { StoreEvent } from './StoreEvent.ts';

type Slice<K extends keyof ChatState> = StateCreator<ChatState, [], [], Pick<ChatState, K>>;

const connectionSlice: Slice<'me' | 'connection'> = () => ({
  me: '',
  connection: { status: 'idle', error: null },
});

const sessionsSlice: Slice<'sessions' | 'ledger' | 'activeSessionId'> = () => ({
  sessions: {
    byId: emptyTable(),
    order: [],
    cursor: '',
    hasMore: true,
    loading: false,
    error: null,
  },
  ledger: emptyTable(),
  activeSessionId: null,
});

const messagesSlice: Slice<'messages' | 'early'> = () => ({
  messages: {},
  early: noEarlyChanges,
});

const directorySlice: Slice<'users' | 'teams' | 'typing'> = () => ({
  users: {},
  teams: {},
  typing: {},
});

/** The state of a chat before anything happened. */
export function createInitialState(): ChatState {
  const api = createChatStore();
  return api.getState();
}

/**
 * A zustand vanilla store of one chat instance, built from typed slices.
 * @param initial overrides of the initial state (tests, restoring)
 */
export function createChatStore(initial?: Partial<ChatState>): StoreApi<ChatState> {
  return createStore<ChatState>()((...args) => ({
    ...connectionSlice(...args),
    ...sessionsSlice(...args),
    ...messagesSlice(...args),
    ...directorySlice(...args),
    ...initial,
  }));
}

/** Applies one event through the reducer; listeners fire only when the state changed. */
export function dispatch(store: StoreApi<ChatState>, event: StoreEvent): void {
  store.setState((state) => applyEvent(state, event), true);
}
