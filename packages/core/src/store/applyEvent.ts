import type { Team, UserProfile } from '../model/User.ts';
import { applyMessageEvent } from './applyMessageEvent.ts';
import { applySessionEvent } from './applySessionEvent.ts';
import type { ChatState } from './ChatState.ts';
import type { StoreEvent } from './StoreEvent.ts';

function mergeRecord<T extends object>(
  current: Readonly<Record<string, T>>,
  items: readonly T[],
  keyOf: (item: T) => string,
): Readonly<Record<string, T>> {
  let next: Record<string, T> | null = null;
  for (const item of items) {
    const key = keyOf(item);
    const known = (next ?? current)[key];
    if (known && sameFields(known, item)) continue;
    next = next ?? { ...current };
    next[key] = item;
  }
  return next ?? current;
}

function sameFields<T extends object>(a: T, b: T): boolean {
  const keysA = Object.keys(a) as (keyof T)[];
  return keysA.length === Object.keys(b).length && keysA.every((key) => a[key] === b[key]);
}

/**
 * The store reducer: a pure function of the state and one event. Events are keyed, so
 * duplicates and reordering converge to the state of one in-order delivery. Returns
 * `state` itself when nothing changed; untouched branches keep their identity.
 */
export function applyEvent(state: ChatState, event: StoreEvent): ChatState {
  switch (event.type) {
    case 'connection': {
      const error = event.error ?? (event.status === 'connected' ? null : state.connection.error);
      if (state.connection.status === event.status && state.connection.error === error)
        return state;
      return { ...state, connection: { status: event.status, error } };
    }
    case 'signedIn':
      return state.me === event.me ? state : { ...state, me: event.me };
    case 'sessionsPage':
      return {
        ...state,
        sessions: {
          ...state.sessions,
          cursor: event.cursor,
          hasMore: event.hasMore,
          loading: false,
        },
      };
    case 'sessionsLoading': {
      const error = event.error === undefined ? state.sessions.error : event.error;
      return { ...state, sessions: { ...state.sessions, loading: event.loading, error } };
    }
    case 'typing': {
      const current = state.typing[event.sessionId] ?? {};
      if ((current[event.from] ?? 0) >= event.until) return state;
      const typing = {
        ...state.typing,
        [event.sessionId]: { ...current, [event.from]: event.until },
      };
      return { ...state, typing };
    }
    case 'users': {
      const users = mergeRecord<UserProfile>(state.users, event.users, (user) => user.account);
      return users === state.users ? state : { ...state, users };
    }
    case 'teams': {
      const teams = mergeRecord<Team>(state.teams, event.teams, (team) => team.teamId);
      return teams === state.teams ? state : { ...state, teams };
    }
    case 'message':
    case 'recall':
    case 'teamReceipt':
    case 'historyDeleted':
    case 'outgoing':
    case 'sendProgress':
    case 'sendFailed':
    case 'resend':
    case 'historyPage':
    case 'historyLoading':
      return applyMessageEvent(state, event);
    default:
      return applySessionEvent(state, event);
  }
}
