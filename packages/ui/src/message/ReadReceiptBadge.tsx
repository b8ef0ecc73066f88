import type { TeamReceiptDetail } from '@parley/core';
import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { cssVars } from '../internal/cssVars.ts';
import { lazyPopup, preloadPopups } from '../internal/lazyPopup.tsx';
import { part } from '../internal/part.ts';

// The Radix popover is in the lazily loaded popup module, loaded when a pointer or focus first
// reaches a badge that opens it.
const ReceiptPopover = lazyPopup((popups) => popups.ReceiptPopover);

/** p2p: whether the peer has read my message (`message.time <= session.msgReceiptTime`). */
export interface P2pReceiptProps {
  kind: 'p2p';
  read: boolean;
}

/** Team: read/unread member counts, and optionally who they are. */
export interface TeamReceiptProps {
  kind: 'team';
  read: number;
  unread: number;
  /**
   * Loads who has and has not read the message; called each time the popover opens. Without
   * it the badge shows the counts only.
   */
  loadDetail?: () => Promise<TeamReceiptDetail>;
  /** Display name of an account. Default: the account. */
  getName?: (account: string) => string;
}

/** Props of {@link ReadReceiptBadge}. */
export type ReadReceiptBadgeProps = P2pReceiptProps | TeamReceiptProps;

type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: TeamReceiptDetail }
  | { status: 'loaded'; detail: TeamReceiptDetail }
  | { status: 'error' };

/**
 * Read state of a message I sent. p2p shows Read / Unread; team messages show "N unread" or
 * "All read" with a read pie, and a popover listing who has and has not read it.
 */
export function ReadReceiptBadge(props: ReadReceiptBadgeProps) {
  const t = useT();
  if (props.kind === 'p2p') {
    return (
      <span {...part('read-receipt')} data-kind="p2p" data-state={props.read ? 'read' : 'unread'}>
        {props.read ? t('message.status.read') : t('message.status.unread')}
      </span>
    );
  }
  return <TeamReceipt {...props} />;
}

function TeamReceipt({ read, unread, loadDetail, getName }: TeamReceiptProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [detail, setDetail] = useState<DetailState>({ status: 'idle' });
  const request = useRef(0);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const hasDetail = loadDetail !== undefined;
  const safeRead = Math.max(0, Math.floor(read) || 0);
  const safeUnread = Math.max(0, Math.floor(unread) || 0);
  const total = safeRead + safeUnread;
  const allRead = safeUnread === 0;
  const label = allRead
    ? t('message.receipt.allRead')
    : t('message.receipt.unread', { count: safeUnread });

  const load = useCallback(() => {
    if (!loadDetail) return;
    const id = ++request.current;
    setDetail((prev) => ({
      status: 'loading',
      previous: prev.status === 'loaded' ? prev.detail : undefined,
    }));
    loadDetail().then(
      (result) => {
        if (request.current === id) setDetail({ status: 'loaded', detail: result });
      },
      () => {
        if (request.current === id) setDetail({ status: 'error' });
      },
    );
  }, [loadDetail]);

  const state = allRead ? 'all-read' : 'partial';
  const pie = (
    <span
      className="parley-receipt-pie"
      data-part="receipt-pie"
      aria-hidden
      style={cssVars({ '--parley-read-ratio': total > 0 ? safeRead / total : 1 })}
    />
  );

  if (!loadDetail) {
    return (
      <span {...part('read-receipt')} data-kind="team" data-state={state}>
        {pie}
        {label}
      </span>
    );
  }

  return (
    <>
      {/* A plain button: the popover (and Radix) mount only while it is open. */}
      <button
        ref={button}
        type="button"
        {...part('read-receipt', 'parley-read-receipt-trigger')}
        data-kind="team"
        data-state={state}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onPointerEnter={hasDetail ? preloadPopups : undefined}
        onFocus={hasDetail ? preloadPopups : undefined}
        onClick={() => {
          if (open) {
            setOpen(false);
            return;
          }
          setOpen(true);
          load();
        }}
      >
        {pie}
        {label}
      </button>
      {open ? (
        <ReceiptPopover
          id={popoverId}
          badge={button}
          detail={
            detail.status === 'loaded'
              ? detail.detail
              : detail.status === 'loading'
                ? detail.previous
                : undefined
          }
          failed={detail.status === 'error'}
          onRetry={load}
          getName={getName}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
