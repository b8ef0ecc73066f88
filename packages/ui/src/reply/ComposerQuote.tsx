import { useT } from '../i18n/useT.ts';
import { CloseIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';

/** Props of {@link ComposerQuote}. */
export interface ComposerQuoteProps {
  /** `reply`: the next message quotes this one. `edit`: the input holds this message's text. */
  kind: 'reply' | 'edit';
  /** The quoted message's sender (reply). */
  senderName?: string;
  /** One line of the quoted or edited message (see `replyPreview`). */
  preview: string;
  /** Cancels the reply or the edit (also Escape in the input). */
  onCancel: () => void;
}

/**
 * What the composer is about to do, above the input: "Replying to Alice" or "Editing your
 * message", a one-line preview and a cancel button.
 */
export function ComposerQuote({ kind, senderName, preview, onCancel }: ComposerQuoteProps) {
  const t = useT();
  const title =
    kind === 'reply' ? t('reply.composing', { name: senderName ?? '' }) : t('edit.editing');
  const cancel = kind === 'reply' ? t('reply.cancel') : t('edit.cancel');
  return (
    <div {...part('composer-quote')} data-kind={kind}>
      <div className="parley-composer-quote-text" data-part="composer-quote-text">
        <span className="parley-composer-quote-title" data-part="composer-quote-title" dir="auto">
          {title}
        </span>
        <span className="parley-reply-preview" data-part="reply-preview" dir="auto">
          {preview}
        </span>
      </div>
      <button
        type="button"
        className="parley-icon-button"
        data-part="composer-quote-cancel"
        aria-label={cancel}
        title={cancel}
        onClick={onCancel}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
