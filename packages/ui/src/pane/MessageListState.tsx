import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { RetryButton } from '../internal/RetryButton.tsx';
import { Spinner } from '../spinner/Spinner.tsx';

/** Props of {@link MessageListState}. */
export interface MessageListStateProps {
  state: 'loading' | 'empty' | 'error';
  /** Error text. */
  message?: string;
  onRetry?: () => void;
}

/** What the message list shows instead of messages: the first page loading, none yet, or an error. */
export function MessageListState({ state, message, onRetry }: MessageListStateProps) {
  const t = useT();
  return (
    <div {...part('message-list-state')} data-state={state}>
      {state === 'loading' ? <Spinner label={t('pane.loading')} /> : null}
      {state === 'empty' ? <p className="parley-muted-text">{t('pane.empty')}</p> : null}
      {state === 'error' ? (
        <div role="alert" className="parley-message-list-error" data-part="message-list-error">
          <p className="parley-error-text">{message ?? t('pane.loadFailed')}</p>
          {onRetry ? <RetryButton onRetry={onRetry} /> : null}
        </div>
      ) : null}
    </div>
  );
}
