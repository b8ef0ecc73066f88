import type { Team, UserProfile } from '../../model/User.ts';
import type { EventHandler } from '../StoreEvent.ts';

function sameFields<T extends object>(a: T, b: T): boolean {
  const keysA = Object.keys(a) as (keyof T)[];
  return keysA.length === Object.keys(b).length && keysA.every((key) => a[key] === b[key]);
}

/** Adds or replaces records by key; returns `current` when every item is known as is. */
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

/** Profiles of accounts. */
export const onUsers: EventHandler<'users'> = (state, event) => {
  const users = mergeRecord<UserProfile>(state.users, event.users, (user) => user.account);
  return users === state.users ? state : { ...state, users };
};

/** Teams. */
export const onTeams: EventHandler<'teams'> = (state, event) => {
  const teams = mergeRecord<Team>(state.teams, event.teams, (team) => team.teamId);
  return teams === state.teams ? state : { ...state, teams };
};

/** A peer is typing until `until`; a later `until` wins. */
export const onTyping: EventHandler<'typing'> = (state, event) => {
  const current = state.typing[event.sessionId] ?? {};
  if ((current[event.from] ?? 0) >= event.until) return state;
  const typing = { ...state.typing, [event.sessionId]: { ...current, [event.from]: event.until } };
  return { ...state, typing };
};
