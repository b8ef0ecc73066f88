import { type ChatError, toChatError } from '@parley/core';
import type { ParleyT } from '../i18n/ParleyKey.ts';

/**
 * What the composer says when a send was refused before its message entered the store, or
 * null for a failure that shows on the message itself (with Resend). `Chat.send` refuses
 * before with INVALID_ARGUMENT, TEXT_TOO_LONG and, for a team that does not exist,
 * NOT_FOUND; a backend may also answer NOT_FOUND after the message appeared (an unknown
 * account), and then saying it here as well does no harm.
 */
export function sendErrorMessage(t: ParleyT, cause: unknown, file?: Blob): string | null {
  const error: ChatError = toChatError(cause);
  const name = file && 'name' in file && typeof file.name === 'string' ? file.name : '';
  switch (error.code) {
    case 'NOT_FOUND':
      return t('input.error.notFound');
    case 'TEXT_TOO_LONG':
      return t('input.error.tooLong');
    case 'INVALID_ARGUMENT':
      if (file && file.size === 0) return t('input.error.emptyFile', { name });
      return t(file ? 'input.error.invalidFile' : 'input.error.invalid');
    default:
      return null;
  }
}

/**
 * What the composer says when saving an edit failed. The edit is already rolled back in the
 * store, and its text goes back into the input, so every failure is said here.
 */
export function editErrorMessage(t: ParleyT, cause: unknown): string {
  switch (toChatError(cause).code) {
    case 'EDIT_EXPIRED':
      return t('edit.expired');
    case 'EDIT_NOT_ALLOWED':
    case 'NOT_FOUND':
      return t('edit.notAllowed');
    case 'TEXT_TOO_LONG':
      return t('input.error.tooLong');
    case 'INVALID_ARGUMENT':
      return t('input.error.invalid');
    case 'NOT_CONNECTED':
      return t('list.reason.NOT_CONNECTED');
    default:
      return t('edit.failed');
  }
}
