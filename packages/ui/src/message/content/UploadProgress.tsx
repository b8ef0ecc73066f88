import { useLocale } from '../../i18n/useT.ts';
import { CloseIcon } from '../../internal/icons.tsx';
import { part } from '../../internal/part.ts';

/** Props of {@link UploadProgress}. */
export interface UploadProgressProps {
  /** 0..1; clamped. */
  progress: number;
  /** Shows a cancel button when given. */
  onCancel?: () => void;
  /** Accessible name of the cancel button. */
  cancelLabel?: string;
}

/** Upload progress bar with an optional cancel button, used by file-like renderers. */
export function UploadProgress({ progress, onCancel, cancelLabel }: UploadProgressProps) {
  const { t, format } = useLocale();
  const ratio = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  const percent = Math.round(ratio * 100);
  return (
    <span {...part('upload-progress')} data-state={ratio >= 1 ? 'complete' : 'uploading'}>
      <span
        className="parley-progress-track"
        data-part="progress-track"
        role="progressbar"
        aria-label={t('message.upload.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={format.percent(ratio)}
      >
        <span
          className="parley-progress-fill"
          data-part="progress-fill"
          style={{ inlineSize: `${percent}%` }}
        />
      </span>
      <span className="parley-progress-label" data-part="progress-label" aria-hidden>
        {format.percent(ratio)}
      </span>
      {onCancel ? (
        <button
          type="button"
          className="parley-icon-button"
          data-part="cancel-upload"
          aria-label={cancelLabel ?? t('common.cancel')}
          onClick={onCancel}
        >
          <CloseIcon />
        </button>
      ) : null}
    </span>
  );
}

/** True while a file message is uploading and reports progress. */
export function isUploading(message: { status: string; progress?: number }): boolean {
  return message.status === 'sending' && typeof message.progress === 'number';
}
