import { LinkifyIt } from 'linkify-it';
import { safeLinkUrl } from '../internal/safeUrl.ts';
import { type TextToken, toText } from './plainText.ts';

// ftp: and protocol-relative `//host` links are off; bare `www.example.org` and emails are on
// (normalized to http:// and mailto:). The final check below is the real gate.
const linkify = new LinkifyIt()
  .add('ftp:', null)
  .add('//', null)
  .set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
const EXPLICIT = /^(https?:\/\/|mailto:)/i;

/**
 * Splits user text into plain runs and links. Every href is checked again against the allowed
 * protocols, so `javascript:` or `data:` can never become a link whatever the matcher finds.
 */
export function linkifyText(input: unknown): TextToken[] {
  const text = toText(input);
  if (text === '') return [];
  const matches = linkify.test(text) ? (linkify.match(text) ?? []) : [];
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of matches) {
    const href = EXPLICIT.test(match.url) ? safeLinkUrl(match.url) : null;
    if (!href) continue;
    if (match.index > last) tokens.push({ type: 'text', text: text.slice(last, match.index) });
    tokens.push({ type: 'link', text: match.raw, href });
    last = match.lastIndex;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}
