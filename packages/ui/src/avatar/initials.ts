const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

// Printable ASCII has one character per grapheme: no need for the (slow) segmenter.
const PLAIN = /^[\x20-\x7e]*$/;

function graphemes(text: string): string[] {
  if (segmenter && !PLAIN.test(text)) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

const HAN = /\p{Script=Han}/u;
const VISIBLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

const ASCII_VISIBLE = /[A-Za-z0-9]/;

/**
 * Up to two characters for an avatar: initials of the first two words for spaced names
 * (`Alice Chen` → `AC`), the last two characters for Han names (`陈小明` → `小明`, as Chinese
 * apps do). Grapheme-aware, so emoji and combining marks are never cut in half; invisible
 * characters are ignored.
 */
export function initials(name: string): string {
  // Most names are plain ASCII; a row of a long list should not pay for Unicode regexes.
  return PLAIN.test(name) ? asciiInitials(name) : graphemeInitials(name);
}

function asciiInitials(name: string): string {
  let out = '';
  for (const word of name.trim().split(/\s+/)) {
    const match = ASCII_VISIBLE.exec(word);
    if (match) out += match[0].toLocaleUpperCase();
    if (out.length === 2) break;
  }
  return out || '?';
}

/** @internal The general rule, for any script; `initials` takes a shortcut for ASCII. */
export function graphemeInitials(name: string): string {
  const clean = graphemes(name.trim()).filter((g) => VISIBLE.test(g));
  if (clean.length === 0) return '?';
  // A mixed name written with spaces ("思远 Fischer") takes word initials like any other.
  if (!/\s/.test(name.trim()) && HAN.test(clean.join(''))) return clean.slice(-2).join('');
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => graphemes(w).find((g) => VISIBLE.test(g)))
    .filter((g): g is string => g !== undefined);
  return words
    .slice(0, 2)
    .map((g) => g.toLocaleUpperCase())
    .join('');
}

/** A stable palette slot (0..7) for an id, so a person keeps their color everywhere. */
export function colorIndex(id: string, slots = 8): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % slots;
}
