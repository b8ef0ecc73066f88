import { toChatError } from '@parley/core';
import type { ParleyT } from '../i18n/ParleyKey.ts';

/**
 * What the message list says when a reaction or a jump to a reply's original failed: the
 * reaction is already rolled back, so only words are left to give. Codes users can act on
 * get their own sentence; the backend's message is never shown.
 */
export function interactionErrorMessage(t: ParleyT, action: 'react' | 'jump', error: unknown) {
  const { code } = toChatError(error);
  if (code === 'NOT_CONNECTED') return t('list.reason.NOT_CONNECTED');
  if (action === 'jump') return code === 'NOT_FOUND' ? t('reply.notFound') : t('reply.jumpFailed');
  return code === 'REACTION_LIMIT' ? t('reactions.limit') : t('reactions.failed');
}
