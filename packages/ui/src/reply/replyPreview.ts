import type { ReplyRef } from '@parley/core';
import type { ParleyT } from '../i18n/ParleyKey.ts';
import { MEDIA_PREVIEW, oneLine } from '../session/sessionPreview.ts';

/**
 * One line saying what a quoted message was, by type, in the reader's language: the text of a
 * text, "[Image]" for an image, the file's name for a file (the snapshot's `body`).
 */
export function replyPreview(ref: Pick<ReplyRef, 'type' | 'body'>, t: ParleyT): string {
  const media = MEDIA_PREVIEW[ref.type];
  if (media) return t(media);
  const body = oneLine(ref.body);
  switch (ref.type) {
    case 'file':
      return t('message.preview.file', { name: body }).trim();
    case 'geo':
      return t('message.preview.geo', { title: body }).trim();
    case 'custom':
      return body || t('message.preview.custom');
    case 'text':
    case 'tip':
    case 'notification':
      return body;
    default:
      return body || t('message.preview.unsupported');
  }
}
