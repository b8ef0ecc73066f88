import { Fragment, memo, useMemo } from 'react';
import { ExternalLink } from '../internal/ExternalLink.tsx';
import { part } from '../internal/part.ts';
import { mayContainLink, plainTokens, toText } from './plainText.ts';
import { useLinkify } from './useLinkify.ts';

/** Props of {@link MessageText}. */
export interface MessageTextProps {
  /** User text, rendered as text (never HTML). Non-strings render as their string form. */
  text: string;
}

/**
 * User text with safe links: only http(s) and mailto become anchors (opening in a new tab with
 * `rel="noopener noreferrer"`). Line breaks are kept, long words wrap anywhere, and `dir="auto"`
 * isolates right-to-left text and bidi overrides from the surrounding layout.
 *
 * The link matcher (linkify-it) is not in the initial bundle: it loads as soon as a text that
 * may hold a link mounts, or when the browser is idle. Until then such a text renders plain;
 * the links then replace their runs without changing the text or its size.
 */
export const MessageText = memo(function MessageText({ text }: MessageTextProps) {
  const value = toText(text);
  const candidate = mayContainLink(value);
  const linkify = useLinkify(candidate);
  const tokens = useMemo(
    () => (candidate && linkify ? linkify(value) : plainTokens(value)),
    [candidate, linkify, value],
  );
  return (
    <span {...part('message-text')} dir="auto">
      {tokens.map((token, i) =>
        token.type === 'link' ? (
          <ExternalLink
            // Tokens never reorder for a given text, so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            part="link"
            href={token.href}
          >
            {token.text}
          </ExternalLink>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={i}>{token.text}</Fragment>
        ),
      )}
    </span>
  );
});
