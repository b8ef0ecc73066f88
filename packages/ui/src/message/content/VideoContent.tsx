import { useLocale } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import { safeMediaUrl } from '../../internal/safeUrl.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';
import { isUploading, UploadProgress } from './UploadProgress.tsx';

/** A video with native controls, its box reserved from width/height, and upload progress. */
export function VideoContent({ message, attach, onCancelUpload }: MessageRendererProps<'video'>) {
  const { t, format } = useLocale();
  const url = safeMediaUrl(attach.url, false);
  const ratio =
    attach.width > 0 && attach.height > 0 ? `${attach.width} / ${attach.height}` : '16 / 9';
  const uploading = isUploading(message);
  return (
    <figure
      {...part('video-content')}
      data-state={uploading ? 'uploading' : 'ready'}
      style={{ aspectRatio: ratio }}
    >
      {url ? (
        // biome-ignore lint/a11y/useMediaCaption: user videos come without caption tracks
        <video
          className="parley-video"
          data-part="video"
          src={url}
          controls
          preload="metadata"
          aria-label={t('message.video.label', {
            name: attach.name,
            duration: format.duration(attach.dur),
          })}
        />
      ) : null}
      {uploading ? (
        <span className="parley-image-overlay" data-part="video-overlay">
          <UploadProgress
            progress={message.progress ?? 0}
            onCancel={onCancelUpload ? () => onCancelUpload(message) : undefined}
            cancelLabel={t('message.file.cancel', { name: attach.name })}
          />
        </span>
      ) : null}
    </figure>
  );
}
