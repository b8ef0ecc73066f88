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
  // Read as one sentence ("In reply to Alice: …"); the two lines on screen are its parts. A
  // name from content rather than aria-label keeps what is seen inside what is heard.
  const content = (
    <>
      <span className="parley-visually-hidden">{t('reply.quote', { name, text })}</span>
      <span className="parley-reply-sender" data-part="reply-sender" dir="auto" aria-hidden>
        {name}
      </span>
      <span className="parley-reply-preview" data-part="reply-preview" dir="auto" aria-hidden>
        {text}
      </span>
    </>
  );
  if (!onJump || state === 'deleted') {
    return (
      <div {...part('reply-quote')} data-state={state} role="note">
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      {...part('reply-quote')}
      data-state={state}
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
