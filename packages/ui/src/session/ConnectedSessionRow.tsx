import type { SessionId } from '@parley/core';
import { useSession, useTeam, useUser } from '@parley/react';
import { memo, useCallback } from 'react';
import type { SessionAction } from './actionErrorMessage.ts';
import { SessionMenu } from './SessionMenu.tsx';
import { SessionRow } from './SessionRow.tsx';

/** Props of {@link ConnectedSessionRow}. All are primitives or stable callbacks. */
export interface ConnectedSessionRowProps {
  sessionId: SessionId;
  /** Position in the (filtered) list, for `aria-posinset` and the virtualizer. */
  index: number;
  /** Rows in the list, or -1 while more pages may follow (`aria-setsize`). */
  setSize: number;
  /** Offset from the top of the list, px. */
  start: number;
  /** Row height, px. */
  height: number;
  selected: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  tabbable: boolean;
  me: string;
  onSelect: (sessionId: SessionId) => void;
  /** A menu action failed; the list shows it to the user. */
  onActionError: (action: SessionAction, name: string, error: unknown) => void;
}

/**
 * One virtualized row that subscribes to its own session (and its peer or team for the
 * avatar), so an incoming message re-renders this row and the list, never its siblings.
 */
export const ConnectedSessionRow = memo(function ConnectedSessionRow({
  sessionId,
  index,
  setSize,
  start,
  height,
  selected,
  tabbable,
  me,
  onSelect,
  onActionError,
}: ConnectedSessionRowProps) {
  const { session, name, pin, unpin, markSessionRead, setMute, deleteSession } =
    useSession(sessionId);
  const p2p = session?.scene === 'p2p';
  const peer = useUser(p2p ? (session?.to ?? '') : '');
  const team = useTeam(session && !p2p ? session.to : '');
  const sender = useUser(session?.lastMsg?.from ?? '');
  const senderNick = sender?.nick;
  const getName = useCallback(
    (account: string) => (account === sender?.account && senderNick ? senderNick : account),
    [sender?.account, senderNick],
  );
  if (!session) return null;

  const run = (action: SessionAction, work: Promise<void>) => {
    work.catch((error: unknown) => onActionError(action, name, error));
  };
  return (
    <div
      className="parley-session-slot"
      data-part="session-slot"
      data-index={index}
      style={{ blockSize: height, transform: `translateY(${start}px)` }}
    >
      <SessionMenu
        session={session}
        name={name}
        moreButton="pointer"
        onPin={(id) => run('pin', pin(id))}
        onUnpin={(id) => run('unpin', unpin(id))}
        onMarkRead={(id) => run('markRead', markSessionRead(id))}
        onSetMute={(id, mute) => run(mute ? 'mute' : 'unmute', setMute(id, mute))}
        onDelete={(id, options) => run('delete', deleteSession(id, options))}
      >
        <SessionRow
          session={session}
          name={name}
          avatar={p2p ? peer?.avatar : team?.avatar}
          me={me}
          getName={getName}
          selected={selected}
          onSelect={onSelect}
          tabIndex={tabbable ? 0 : -1}
          aria-posinset={index + 1}
          aria-setsize={setSize}
          data-session-id={sessionId}
        />
      </SessionMenu>
    </div>
  );
});
