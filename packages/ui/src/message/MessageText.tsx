import { Fragment, memo, useMemo } from 'react';
import { part } from '../internal/part.ts';
import { linkifyText } from './linkifyText.ts';

/** Props of {@link MessageText}. */
export interface MessageTextProps {
  /** User text, rendered as text (never HTML). Non-strings render as their string form. */
  text: string;
}

/**
 * User text with safe links: only http(s) and mailto become anchors (opening in a new tab with
 * `rel="noopener noreferrer"`). Line breaks are kept, long words wrap anywhere, and `dir="auto"`
 * isolates right-to-left text and bidi overrides from the surrounding layout.
 */
export const MessageText = memo(function MessageText({ text }: MessageTextProps) {
  const tokens = useMemo(() => linkifyText(text), [text]);
  return (
    <span {...part('message-text')} dir="auto">
      {tokens.map((token, i) =>
        token.type === 'link' ? (
          <a
            // Tokens never reorder for a given text, so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            className="parley-link"
            data-part="link"
            href={token.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            {token.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fragment key={i}>{token.text}</Fragment>
        ),
      )}
    </span>
  );
});
