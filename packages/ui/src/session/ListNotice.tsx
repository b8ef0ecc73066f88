import { useT } from '../i18n/useT.ts';
import { CloseIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { RetryButton } from '../internal/RetryButton.tsx';

/** Props of {@link ListNotice}. */
export interface ListNoticeProps {
  message: string;
  /** Shows a Retry button. */
  onRetry?: () => void;
  /** Shows a dismiss button. */
  onDismiss?: () => void;
}

/** A failure the user should know about (a row action, a page that did not load), announced. */
export function ListNotice({ message, onRetry, onDismiss }: ListNoticeProps) {
  const t = useT();
  return (
    <div {...part('list-notice')} role="alert">
      <span className="parley-list-notice-text" data-part="list-notice-text">
        {message}
      </span>
      {onRetry ? <RetryButton onRetry={onRetry} /> : null}
      {onDismiss ? (
        <button
          type="button"
          className="parley-icon-button"
          data-part="dismiss"
          aria-label={t('list.dismiss')}
          onClick={onDismiss}
        >
          <CloseIcon />
        </button>
      ) : null}
    </div>
  );
}
