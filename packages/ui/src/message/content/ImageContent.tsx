import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { ExternalLink } from '../../internal/ExternalLink.tsx';
import { ImageIcon } from '../../internal/icons.tsx';
import { part } from '../../internal/part.ts';
import { safeMediaUrl } from '../../internal/safeUrl.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';
import { isUploading, UploadProgress } from './UploadProgress.tsx';

/**
 * An image with its aspect ratio reserved before it loads (no layout jump in a virtual list),
 * an upload overlay while sending, and a preview on activation: `onOpenImage`, or the image in
 * a new tab.
 */
export function ImageContent({
  message,
  attach,
  onOpenImage,
  onCancelUpload,
}: MessageRendererProps<'image'>) {
  const t = useT();
  const url = safeMediaUrl(attach.url);
  const [broken, setBroken] = useState(false);
  const uploading = isUploading(message);
  const ratio =
    attach.width > 0 && attach.height > 0 ? `${attach.width} / ${attach.height}` : '4 / 3';
  const name = attach.name || '';

  const picture =
    url && !broken ? (
      <img
        className="parley-image"
        data-part="image"
        src={url}
        alt={t('message.image.alt', { name })}
        loading="lazy"
        decoding="async"
        onError={() => setBroken(true)}
      />
    ) : (
      <span
        className="parley-image-placeholder"
        data-part="image-placeholder"
        role="img"
        aria-label={t('message.image.unavailable')}
      >
        <ImageIcon />
      </span>
    );

  let preview = picture;
  if (url && !broken && !uploading) {
    preview = onOpenImage ? (
      <button
        type="button"
        className="parley-image-open"
        data-part="image-open"
        aria-label={t('message.image.open', { name })}
        onClick={() => onOpenImage(message)}
      >
        {picture}
      </button>
    ) : (
      <ExternalLink part="image-open" href={url} aria-label={t('message.image.open', { name })}>
        {picture}
      </ExternalLink>
    );
  }

  return (
    <figure
      {...part('image-content')}
      data-state={uploading ? 'uploading' : broken ? 'broken' : 'ready'}
      style={{ aspectRatio: ratio }}
    >
      {preview}
      {uploading ? (
        <span className="parley-image-overlay" data-part="image-overlay">
          <UploadProgress
            progress={message.progress ?? 0}
            onCancel={onCancelUpload ? () => onCancelUpload(message) : undefined}
            cancelLabel={t('message.file.cancel', { name })}
          />
        </span>
      ) : null}
    </figure>
  );
}
