import type { EasemobContent } from '../toMessage.ts';

/** The browser's upload `ProgressEvent`, which Node lacks. */
function progressEvent(loaded: number, total: number): ProgressEvent {
  return Object.assign(new Event('progress'), { loaded, total, lengthComputable: true });
}

/**
 * Uploads a file message's data as the SDK does (progress, then completion) and returns its
 * URL; '' for messages without a file. `nextId` names the upload.
 */
export async function fakeUpload(body: EasemobContent, nextId: () => string): Promise<string> {
  if (body.type !== 'img' && body.type !== 'audio' && body.type !== 'video' && body.type !== 'file')
    return '';
  const data = body.file?.data;
  if (!data || data.size === 0 || body.body?.url) return body.body?.url ?? body.file?.url ?? '';
  const total = data.size;
  body.onFileUploadProgress?.(progressEvent(total / 2, total));
  body.onFileUploadProgress?.(progressEvent(total, total));
  const url = `https://files.easemob.test/${nextId()}/${encodeURIComponent(body.file?.filename ?? 'file')}`;
  body.onFileUploadComplete?.({ url, entities: [] });
  return url;
}
