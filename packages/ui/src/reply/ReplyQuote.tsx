import type { QuoteState, ReplyRef } from '@parley/core';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { replyPreview } from './replyPreview.ts';

/** Props of {@link ReplyQuote}. */
export interface ReplyQuoteProps {
  /** What the reply quotes (the message's `replyTo`). */
  reply: ReplyRef;
  /**
   * What became of the original (`useReplyTarget`): `recalled` and `deleted` say so instead of
   * the snapshot. Default `ok`.
   */
  state?: QuoteState;
  /** The original sender's display name. Default: the account. */
  senderName?: string;
  /** Shows the original (click or Enter); without it the quote is not interactive. */
  onJump?: () => void;
}

/**
 * The quote above the body of a reply: who wrote the original and a one-line preview by type.
 * Activating it jumps to the original. A recalled or deleted original is said to be so.
 */
export function ReplyQuote({ reply, state = 'ok', senderName, onJump }: ReplyQuoteProps) {
  const t = useT();
  const name = senderName ?? reply.from;
  const text =
    state === 'recalled'
      ? t('reply.recalled')
      : state === 'deleted'
        ? t('reply.deleted')
        : replyPreview(reply, t);
  const content = (
    <>
      <span className="parley-reply-sender" data-part="reply-sender" dir="auto">
        {name}
      </span>
      <span className="parley-reply-preview" data-part="reply-preview" dir="auto">
        {text}
      </span>
    </>
  );
  const label = t('reply.quote', { name, text });
  if (!onJump || state === 'deleted') {
    return (
      <div {...part('reply-quote')} data-state={state} role="note" aria-label={label}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      {...part('reply-quote')}
      data-state={state}
      aria-label={label}
      onClick={(event) => {
        // The bubble around it is a message: the click is the quote's alone.
        event.stopPropagation();
        onJump();
      }}
    >
      {content}
    </button>
  );
}
