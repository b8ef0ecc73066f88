import { useLocale } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import { safeMediaUrl } from '../../internal/safeUrl.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';
import { isUploading, UploadProgress } from './UploadProgress.tsx';

/** A voice message: native audio controls (keyboard-accessible) and its duration. */
export function AudioContent({ message, attach, onCancelUpload }: MessageRendererProps<'audio'>) {
  const { t, format } = useLocale();
  const url = safeMediaUrl(attach.url, false);
  const duration = format.duration(attach.dur);
  const label = t('message.audio.label', { duration });
  return (
    <div {...part('audio-content')} data-state={isUploading(message) ? 'uploading' : 'ready'}>
      {url ? (
        // biome-ignore lint/a11y/useMediaCaption: voice messages have no caption track
        <audio
          className="parley-audio"
          data-part="audio"
          src={url}
          controls
          preload="none"
          aria-label={label}
        />
      ) : null}
      <span className="parley-duration" data-part="duration">
        {duration}
      </span>
      {isUploading(message) ? (
        <UploadProgress
          progress={message.progress ?? 0}
          onCancel={onCancelUpload ? () => onCancelUpload(message) : undefined}
          cancelLabel={t('message.file.cancel', { name: attach.name })}
        />
      ) : null}
    </div>
  );
}
