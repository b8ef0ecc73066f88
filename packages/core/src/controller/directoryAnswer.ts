import type { DirectoryResult } from '../model/ChatAdapter.ts';
import { hasHiddenCharacters, MAX_ID_LENGTH } from '../rules/validate.ts';

/** A search that found nobody. */
export const NOTHING_FOUND: DirectoryResult = { users: [], teams: [] };

/** Whether a typed text can be an account id as is (no blanks, no hidden characters). */
function couldBeAccount(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && !/\s/.test(text) && !hasHiddenCharacters(text);
}

/** An adapter's search answer with missing lists as empty ones. */
export function wellFormed(found: DirectoryResult | undefined): DirectoryResult {
  return {
    users: Array.isArray(found?.users) ? found.users : [],
    teams: Array.isArray(found?.teams) ? found.teams : [],
    ...(typeof found?.enteredAccount === 'string' && found.enteredAccount !== ''
      ? { enteredAccount: found.enteredAccount }
      : {}),
  };
}

/**
 * What a search finds without the adapter's `searchDirectory`: the typed text itself as an
 * account to try, when it can be one and is not `me`.
 */
export function offerAccount(query: string, me: string): DirectoryResult {
  return couldBeAccount(query) && query !== me
    ? { ...NOTHING_FOUND, enteredAccount: query }
    : NOTHING_FOUND;
}
