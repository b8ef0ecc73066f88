import { useMessage, useUser } from '@parley/react';
import { type KeyboardEvent, memo, useState } from 'react';
import { MessageContent } from './content/MessageContent.tsx';
import { DateSeparator } from './DateSeparator.tsx';
import { isSystemMessage, MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';
import type { MessageRowShared } from './MessageRowShared.ts';
import { MessageRowStatus } from './MessageRowStatus.tsx';
import { UnreadDivider } from './UnreadDivider.tsx';

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
}

/**
 * One message of the list with what precedes it (day, unread divider). It subscribes to its
 * own message, so a status change re-renders this row only.
 */
export const MessageRow = memo(function MessageRow({
  idClient,
  shared,
  showDate,
  grouped,
  unreadDivider,
  tabbable,
}: MessageRowProps) {
  const message = useMessage(shared.sessionId, idClient);
  const sender = useUser(message?.from ?? '');
  // The recall window is checked when the menu opens, not when the row last rendered.
  const [now, setNow] = useState(shared.now);
  if (!message) return null;
  const mine = message.from === shared.me;
  const refreshNow = () => setNow(shared.now());
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) refreshNow();
  };
  return (
    <div
      className="parley-message-row"
      data-part="message-row"
      data-direction={mine ? 'out' : 'in'}
      onContextMenuCapture={refreshNow}
      onKeyDownCapture={onKeyDownCapture}
      onPointerDownCapture={refreshNow}
    >
      {showDate ? <DateSeparator time={message.time} now={now} /> : null}
      {unreadDivider > 0 ? <UnreadDivider count={unreadDivider} /> : null}
      <MessageMenu message={message} me={shared.me} now={now} moreButton="pointer" {...shared.menu}>
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
        >
          <MessageContent
            message={message}
            renderers={shared.renderers}
            me={shared.me}
            getName={shared.getName}
            onCancelUpload={shared.cancelUpload}
            onReEdit={shared.reEdit}
          />
        </MessageBubble>
      </MessageMenu>
    </div>
  );
});
