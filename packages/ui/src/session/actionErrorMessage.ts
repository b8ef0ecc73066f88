import { toChatError } from '@parley/core';
import type { ParleyKey, ParleyT } from '../i18n/ParleyKey.ts';

/** A row action that can fail and is reported to the user. */
export type SessionAction = 'pin' | 'unpin' | 'markRead' | 'mute' | 'unmute' | 'delete';

const REASONS: Readonly<Record<string, ParleyKey>> = {
  PIN_LIMIT: 'list.reason.PIN_LIMIT',
  NOT_CONNECTED: 'list.reason.NOT_CONNECTED',
  TIMEOUT: 'list.reason.TIMEOUT',
  PERMISSION_DENIED: 'list.reason.PERMISSION_DENIED',
  NOT_FOUND: 'list.reason.NOT_FOUND',
};

/**
 * The translated sentence shown when a row action fails: what failed, then why when the
 * error code is one users can act on. The backend's own message is never shown (it is not
 * translated and may be technical).
 */
export function actionErrorMessage(
  t: ParleyT,
  action: SessionAction,
  name: string,
  error: unknown,
): string {
  const what = t(`list.action.${action}`, { name });
  const reason = REASONS[toChatError(error).code];
  return reason ? `${what} ${t(reason)}` : what;
}
