import type { Message } from '@parley/core';
import { useChat } from '@parley/react';
import type { Rect } from '@tanstack/react-virtual';
import { useCallback, useId, useRef } from 'react';
import { part } from '../internal/part.ts';
import type { MessageRenderers } from '../message/content/MessageRenderers.ts';
import { ChatHeader } from './ChatHeader.tsx';
import { MessageList } from './MessageList.tsx';
import { PaneComposer } from './PaneComposer.tsx';

/** Props of {@link ChatPane}. */
export interface ChatPaneProps {
  /** The open session. */
  sessionId: string;
  /** Shows a back button in the header (narrow layouts). Default: none. */
  onBack?: () => void;
  /** Renderer registry from `createMessageRenderers`. Default: the built-in renderers. */
  renderers?: MessageRenderers;
  /** Forwarding handled by the app. Default: the built-in picker of recent sessions. */
  onForward?: (message: Message) => void;
  /** See `MessageList`'s `initialRect` (tests, server rendering). */
  initialRect?: Rect;
  /**
   * Ids of elements whose text follows the session's name in the pane's accessible name,
   * e.g. the heading of the window or device it sits in: a page showing the same session
   * twice must still name its regions apart. Default: the session's name alone.
   */
  labelledBy?: string;
  className?: string;
}

/**
 * One session: `ChatHeader`, `MessageList` and a `MessageInput` bound to the session's
 * draft. "Re-edit" on a recalled message puts its text back into the input.
 */
export function ChatPane({
  sessionId,
  onBack,
  renderers,
  onForward,
  initialRect,
  labelledBy,
  className,
}: ChatPaneProps) {
  const chat = useChat();
  const titleId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const reEdit = useCallback(
    (_message: Message, text: string) => {
      chat.setDraft(sessionId, text);
      input.current?.focus();
    },
    [chat, sessionId],
  );
  return (
    <section
      {...part('chat-pane', className)}
      aria-labelledby={labelledBy ? `${titleId} ${labelledBy}` : titleId}
    >
      <ChatHeader sessionId={sessionId} onBack={onBack} titleId={titleId} />
      <MessageList
        sessionId={sessionId}
        renderers={renderers}
        onForward={onForward}
        onReEdit={reEdit}
        initialRect={initialRect}
      />
      <PaneComposer key={sessionId} sessionId={sessionId} inputRef={input} />
    </section>
  );
}
