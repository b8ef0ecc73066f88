import { useLocale } from '../../i18n/useT.ts';
import { ExternalLink } from '../../internal/ExternalLink.tsx';
import { FileIcon } from '../../internal/icons.tsx';
import { part } from '../../internal/part.ts';
import { safeMediaUrl } from '../../internal/safeUrl.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';
import { isUploading, UploadProgress } from './UploadProgress.tsx';

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.length - 7 ? name.slice(dot + 1).toUpperCase() : '';
}

/** A file card: type badge, name, size, a download link once sent, progress and cancel while sending. */
export function FileContent({ message, attach, onCancelUpload }: MessageRendererProps<'file'>) {
  const { t, format } = useLocale();
  const uploading = isUploading(message);
  const url = uploading ? null : safeMediaUrl(attach.url, false);
  const name = attach.name || attach.url.split('/').pop() || '';
  return (
    <div {...part('file-content')} data-state={uploading ? 'uploading' : 'ready'}>
      <span className="parley-file-icon" data-part="file-icon" aria-hidden>
        <FileIcon />
        <span className="parley-file-ext" data-part="file-ext">
          {extension(name)}
        </span>
      </span>
      <span className="parley-file-meta" data-part="file-meta">
        {url ? (
          <ExternalLink
            part="file-name"
            href={url}
            download={name}
            aria-label={t('message.file.download', { name })}
            title={name}
          >
            {name}
          </ExternalLink>
        ) : (
          <span className="parley-file-name" data-part="file-name" title={name}>
            {name}
          </span>
        )}
        <span className="parley-file-size" data-part="file-size">
          {format.fileSize(attach.size)}
        </span>
        {uploading ? (
          <UploadProgress
            progress={message.progress ?? 0}
            onCancel={onCancelUpload ? () => onCancelUpload(message) : undefined}
            cancelLabel={t('message.file.cancel', { name })}
          />
        ) : null}
      </span>
    </div>
  );
}
