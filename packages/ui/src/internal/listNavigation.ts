/**
 * Where a navigation key moves the active row of a list of `count` rows, or null when the key
 * does not navigate. `page` is how many rows fit in the viewport. Arrows stop at the ends
 * (no wrap) as a listbox does.
 */
export function nextIndex(
  key: string,
  current: number,
  count: number,
  page: number,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  const step = Math.max(1, page);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(from + step, last);
    case 'PageUp':
      return Math.max(from - step, 0);
    default:
      return null;
  }
}

/**
 * Typeahead: the first row after `current` (wrapping) whose name starts with `prefix`,
 * case-insensitively; -1 when none does. A repeated single letter cycles through the rows
 * starting with it.
 */
export function findByPrefix(names: readonly string[], prefix: string, current: number): number {
  const wanted = prefix.toLocaleLowerCase();
  if (!wanted || names.length === 0) return -1;
  const repeated = [...wanted].every((c) => c === wanted[0]);
  const needle = repeated ? (wanted[0] ?? '') : wanted;
  // A longer prefix keeps matching the current row; a repeated letter moves on.
  const offset = repeated ? 1 : 0;
  for (let i = 0; i < names.length; i++) {
    const index = (Math.max(current, 0) + offset + i) % names.length;
    if (names[index]?.toLocaleLowerCase().startsWith(needle)) return index;
  }
  return -1;
}
