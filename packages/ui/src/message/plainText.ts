/** A run of user text: plain, or a link whose `href` is http(s) or mailto. */
export type TextToken =
  | { type: 'text'; text: string }
  | { type: 'link'; text: string; href: string };

/** A body as text: strings as they are, anything else (from a bad backend) as its string form. */
export function toText(input: unknown): string {
  return typeof input === 'string' ? input : input == null ? '' : String(input);
}

/**
 * Whether `text` could hold a link at all. Every link the matcher accepts has a scheme colon
 * (`https:`, `mailto:`), a dot before its top-level domain or an email's `@`; text without any of
 * them ("ok", "see you") never needs the matcher.
 */
export function mayContainLink(text: string): boolean {
  return /[.:@]/.test(text);
}

/** `text` as one plain run: what `linkifyText` returns for text without links. */
export function plainTokens(text: string): TextToken[] {
  return text === '' ? [] : [{ type: 'text', text }];
}
