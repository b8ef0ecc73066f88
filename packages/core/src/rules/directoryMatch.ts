import { clampPageSize, MAX_SMALL_PAGE_SIZE } from './paging.ts';

/** Results of each kind a directory search returns unless it asks for a `limit`. */
export const DEFAULT_DIRECTORY_LIMIT = 20;

/**
 * How well `needle` (already lowercased) matches one of `names`: 0 equals a name, 1 starts
 * one, 2 starts a word of one, 3 is inside one; -1 is no match.
 */
function rankOf(needle: string, names: readonly string[]): number {
  let best = -1;
  for (const name of names) {
    const hay = name.toLocaleLowerCase();
    const at = hay.indexOf(needle);
    if (at < 0) continue;
    const rank = hay === needle ? 0 : at === 0 ? 1 : /[\s._@-]/.test(hay[at - 1] ?? '') ? 2 : 3;
    if (best < 0 || rank < best) best = rank;
    if (best === 0) break;
  }
  return best;
}

/**
 * The directory's matching rule, shared by every adapter so that "sam" finds the same people
 * on any backend: entries whose names (nick, account, team name, team id) contain `text`,
 * case-insensitively, best first: a whole name, then a name's start, then a word's start,
 * then anywhere; equal matches in alphabetical order of their first name. At most `limit`
 * (clamped to 1..50, default 20). An empty or blank text matches nothing.
 */
export function matchDirectory<T>(
  text: string,
  entries: Iterable<T>,
  namesOf: (entry: T) => readonly string[],
  limit?: number,
): T[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const found: { entry: T; rank: number; name: string }[] = [];
  for (const entry of entries) {
    const names = namesOf(entry);
    const rank = rankOf(needle, names);
    if (rank >= 0) found.push({ entry, rank, name: names[0] ?? '' });
  }
  found.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  const max = clampPageSize(limit, MAX_SMALL_PAGE_SIZE, DEFAULT_DIRECTORY_LIMIT);
  return found.slice(0, max).map((f) => f.entry);
}
