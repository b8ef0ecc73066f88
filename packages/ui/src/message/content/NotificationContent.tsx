import type { NotificationAttach } from '@parley/core';
import { isolate } from '../../i18n/isolate.ts';
import type { ParleyT } from '../../i18n/ParleyKey.ts';
import { useLocale } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';

/**
 * Phrases a team event in the active locale, e.g. "Alice added Bob and Carol to the group".
 * Names and the team name are bidi-isolated, so either direction reads right in the sentence.
 */
export function describeNotification(
  attach: NotificationAttach,
  actor: string,
  names: (account: string) => string,
  t: ParleyT,
  list: (items: readonly string[]) => string,
): string {
  const accounts = list(attach.accounts.map((account) => isolate(names(account))));
  if (attach.kind === 'updateTeam' && typeof attach.team?.name === 'string') {
    return t('notification.updateTeamName', {
      actor: isolate(actor),
      name: isolate(attach.team.name),
    });
  }
  return t(`notification.${attach.kind}`, { actor: isolate(actor), accounts });
}

/** A team event (members added or removed, owner transferred, …) as a centered line. */
export function NotificationContent({
  message,
  attach,
  me,
  getName,
}: MessageRendererProps<'notification'>) {
  const { t, format } = useLocale();
  const names = (account: string) =>
    account === me ? t('common.you') : (getName?.(account) ?? account);
  return (
    <span {...part('notification-content')} data-kind={attach.kind}>
      {describeNotification(attach, names(message.from), names, t, format.list)}
    </span>
  );
}
