import type { Message } from '@parley/core';
import { useChat } from '@parley/react';
import type { Rect } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { part } from '../internal/part.ts';
import type { MessageRenderers } from '../message/content/MessageRenderers.ts';
import { ChatHeader } from './ChatHeader.tsx';
import type { ComposeTarget } from './ComposeTarget.ts';
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
 * draft. "Re-edit" on a recalled message puts its text back into the input; "Reply" and
 * "Edit" in the list put the message above the input and move focus there.
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
  // Kept with its session: switching sessions without remounting drops it.
  const [compose, setCompose] = useState<(ComposeTarget & { sessionId: string }) | null>(null);
  const target = compose?.sessionId === sessionId ? compose : null;
  const onTargetChange = useCallback(
    (next: ComposeTarget | null) => setCompose(next && { ...next, sessionId }),
    [sessionId],
  );
  // Reply and Edit from the list: the message goes above the input, and so does focus.
  const start = useCallback(
    (kind: ComposeTarget['kind']) => (message: Message) => {
      onTargetChange({ kind, message });
      input.current?.focus();
    },
    [onTargetChange],
  );
  const startReply = useMemo(() => start('reply'), [start]);
  const startEdit = useMemo(() => start('edit'), [start]);
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
        onReply={startReply}
        onEdit={startEdit}
        initialRect={initialRect}
      />
      <PaneComposer
        key={sessionId}
        sessionId={sessionId}
        inputRef={input}
        target={target}
        onTargetChange={onTargetChange}
      />
    </section>
  );
}
