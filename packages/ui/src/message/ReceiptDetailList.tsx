import type { TeamReceiptDetail } from '@parley/core';
import { useId } from 'react';
import { Avatar } from '../avatar/Avatar.tsx';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';

/** The two columns of a team receipt popover: who has read, who has not. */
export function ReceiptDetailList({
  detail,
  getName,
}: {
  detail: TeamReceiptDetail;
  getName?: (account: string) => string;
}) {
  const t = useT();
  const id = useId();
  const section = (key: 'readList' | 'unreadList', accounts: readonly string[]) => (
    <section
      className="parley-receipt-section"
      data-part="receipt-section"
      data-state={key === 'readList' ? 'read' : 'unread'}
      aria-labelledby={`${id}-${key}`}
    >
      <h3 id={`${id}-${key}`} className="parley-receipt-heading" data-part="receipt-heading">
        {t(`message.receipt.${key}`, { count: accounts.length })}
      </h3>
      {accounts.length === 0 ? (
        <p className="parley-muted-text" data-part="receipt-empty">
          {t('message.receipt.nobody')}
        </p>
      ) : (
        <ul className="parley-receipt-members" data-part="receipt-members">
          {accounts.map((account) => {
            const name = getName?.(account) ?? account;
            return (
              <li key={account} className="parley-receipt-member" data-part="receipt-member">
                <Avatar id={account} name={name} size="sm" decorative />
                <span dir="auto">{name}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
  return (
    <div {...part('receipt-detail')}>
      {section('unreadList', detail.unread)}
      {section('readList', detail.read)}
    </div>
  );
}
