import { useT } from '../i18n/useT.ts';

/** Props of {@link RetryButton}. */
export interface RetryButtonProps {
  onRetry: () => void;
  /** `link`: a link-styled button inside a line of text. Default `button`. */
  variant?: 'button' | 'link';
}

/** "Retry", for whatever failed to load or send: the same label and part everywhere. */
export function RetryButton({ onRetry, variant = 'button' }: RetryButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className={variant === 'link' ? 'parley-link-button' : 'parley-button'}
      data-part="retry"
      onClick={onRetry}
    >
      {t('common.retry')}
    </button>
  );
}
