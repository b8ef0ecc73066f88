import type { Message, ReplyRef } from '../model/Message.ts';

/** Longest quote preview kept in a `ReplyRef`, in characters (code points). */
export const MAX_REPLY_PREVIEW_LENGTH = 200;

/** What a quote can say about its original. */
export type QuoteState = 'ok' | 'recalled' | 'deleted' | 'unknown';

/** The text on one line: runs of white space (line breaks too) become one space. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const points = Array.from(line);
  return points.length <= MAX_REPLY_PREVIEW_LENGTH
    ? line
    : `${points.slice(0, MAX_REPLY_PREVIEW_LENGTH - 1).join('')}…`;
}

/**
 * The snapshot a reply keeps of its original: ids, sender, type, time and a one-line
 * preview of at most {@link MAX_REPLY_PREVIEW_LENGTH} characters (the text, or the fallback
 * body of other types).
 */
export function replyRefOf(message: Message): ReplyRef {
  return {
    idClient: message.idClient,
    idServer: message.idServer,
    from: message.from,
    type: message.type,
    body: oneLine(message.body),
    time: message.time,
  };
}

/**
 * What a quote shows about its original: `recalled` once it was recalled, `deleted` when it
 * was deleted (a message of status `delete`), `ok` when it is at hand, `unknown` when it is
 * not loaded (the quote then shows its snapshot). `gone` is what the store knows of an
 * original that is not loaded (`messageGone`).
 */
export function quoteState(
  ref: ReplyRef,
  original: Message | undefined,
  gone?: 'recalled' | 'deleted',
): QuoteState {
  const known = original?.idClient === ref.idClient ? original : undefined;
  if (known?.recall) return 'recalled';
  if (known?.status === 'delete') return 'deleted';
  if (known) return 'ok';
  return gone ?? 'unknown';
}
