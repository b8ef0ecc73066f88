import { myReactionKeys } from '@parley/core/rules';
import { useMessage, useUser } from '@parley/react';
import { type FocusEvent, type KeyboardEvent, memo, useRef, useState } from 'react';
import { lazyPopup, preloadPopups } from '../internal/lazyPopup.tsx';
import { useReactionSet } from '../reactions/ReactionSet.ts';
import { MessageContent } from './content/MessageContent.tsx';
import { DateSeparator } from './DateSeparator.tsx';
import { isSystemMessage, MessageBubble } from './MessageBubble.tsx';
import { canEdit, canReply, MessageMenu } from './MessageMenu.tsx';
import type { MessageRowShared } from './MessageRowShared.ts';
import { MessageRowStatus } from './MessageRowStatus.tsx';
import { RowReactions } from './RowReactions.tsx';
import { RowReplyQuote } from './RowReplyQuote.tsx';
import { UnreadDivider } from './UnreadDivider.tsx';

// The bar shows on hover or focus, which also preloads the popup module: the first bar is
// at most one load late, and only when the pointer outruns it.
const ReactionBar = lazyPopup((popups) => popups.ReactionBar);
const ReactionPicker = lazyPopup((popups) => popups.ReactionPicker);

/** Props of {@link MessageRow}. */
export interface MessageRowProps {
  idClient: string;
  shared: MessageRowShared;
  showDate: boolean;
  grouped: boolean;
  /** Unread count shown in a divider above the message; 0 for none. */
  unreadDivider: number;
  /** The list's single tab stop. */
  tabbable: boolean;
  /** Just jumped to (a reply's original): highlighted for a moment. */
  highlighted?: boolean;
}

/**
 * One message of the list with what precedes it (day, unread divider). It subscribes to its
 * own message, so a status change, a reaction or an edit re-renders this row only. On the
 * focused message R replies, E edits and + opens the reaction picker (as in Discord and Slack).
 */
export const MessageRow = memo(function MessageRow({
  idClient,
  shared,
  showDate,
  grouped,
  unreadDivider,
  tabbable,
  highlighted = false,
}: MessageRowProps) {
  const message = useMessage(shared.sessionId, idClient);
  const sender = useUser(message?.from ?? '');
  const quick = useReactionSet();
  // The recall window is checked when the menu opens, not when the row last rendered.
  const [now, setNow] = useState(shared.now);
  // Pointer over or focus inside: the quick reaction bar shows.
  const [hot, setHot] = useState(false);
  const [picking, setPicking] = useState(false);
  const pickerAnchor = useRef<HTMLElement | null>(null);
  const row = useRef<HTMLDivElement>(null);
  if (!message) return null;
  const mine = message.from === shared.me;
  const { react } = shared;
  const { onReply, onEdit } = shared.menu;
  const reactable = react !== undefined && canReply(message);
  const editWindow = shared.menu.editWindowMs;
  const refreshNow = () => setNow(shared.now());
  const bubble = () => row.current?.querySelector<HTMLElement>('[data-message-id]') ?? null;
  const openPicker = (anchor: HTMLElement | null) => {
    pickerAnchor.current = anchor;
    setPicking(true);
  };
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) refreshNow();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Only on the message itself: keys typed in its buttons or popups are theirs.
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.dataset.messageId !== idClient || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const key = event.key.toLowerCase();
    if (key === 'r' && onReply && canReply(message)) onReply(message);
    else if (key === 'e' && onEdit && canEdit(message, shared.me, shared.now(), editWindow))
      onEdit(message);
    else if ((key === '+' || key === '=') && reactable) {
      preloadPopups();
      openPicker(target);
    } else return;
    event.preventDefault();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node && event.currentTarget.contains(next))) setHot(false);
  };
  const warm = () => {
    preloadPopups();
    setHot(true);
  };
  const mineKeys =
    reactable && (hot || picking) ? myReactionKeys(message.reactions, shared.me) : [];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys and hover of the focusable message inside
    <div
      ref={row}
      className="parley-message-row"
      data-part="message-row"
      data-direction={mine ? 'out' : 'in'}
      data-highlight={highlighted || undefined}
      onContextMenuCapture={refreshNow}
      onKeyDownCapture={onKeyDownCapture}
      onKeyDown={onKeyDown}
      onPointerDownCapture={refreshNow}
      onPointerEnter={reactable ? warm : undefined}
      onPointerLeave={reactable ? () => setHot(false) : undefined}
      onFocus={reactable ? warm : undefined}
      onBlur={reactable ? onBlur : undefined}
    >
      {showDate ? <DateSeparator time={message.time} now={now} /> : null}
      {unreadDivider > 0 ? <UnreadDivider count={unreadDivider} /> : null}
      <MessageMenu
        message={message}
        me={shared.me}
        now={now}
        moreButton="pointer"
        {...shared.menu}
        onReact={react}
        onPickReaction={reactable ? () => openPicker(bubble()) : undefined}
      >
        <MessageBubble
          message={message}
          me={shared.me}
          senderName={sender?.nick || undefined}
          senderAvatar={sender?.avatar}
          grouped={grouped}
          tabIndex={tabbable ? 0 : -1}
          role={isSystemMessage(message) ? 'article' : undefined}
          data-message-id={idClient}
          status={
            mine ? (
              <MessageRowStatus
                message={message}
                onResend={shared.menu.onResend}
                getName={shared.getName}
              />
            ) : undefined
          }
          reactions={
            message.reactions && !message.recall ? (
              <RowReactions message={message} shared={shared} />
            ) : null
          }
        >
          {message.replyTo && !message.recall ? (
            <RowReplyQuote reply={message.replyTo} shared={shared} />
          ) : null}
          <MessageContent
            message={message}
            renderers={shared.renderers}
            me={shared.me}
            getName={shared.getName}
            onCancelUpload={shared.cancelUpload}
            onReEdit={shared.reEdit}
          />
        </MessageBubble>
        {reactable && (hot || picking) ? (
          <ReactionBar
            mine={mineKeys}
            reactions={quick}
            onToggle={(key) => react(message, key)}
            onMore={openPicker}
          />
        ) : null}
      </MessageMenu>
      {picking && react ? (
        <ReactionPicker
          anchor={pickerAnchor}
          quick={quick}
          mine={mineKeys}
          onPick={(key) => {
            setPicking(false);
            react(message, key);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </div>
  );
});
