import type { Message } from '@parley/core';
import { useChat, useConnection, useMessageActions, useMessages } from '@parley/react';
import type { Rect } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocale } from '../i18n/useT.ts';
import { findRow } from '../internal/findRow.ts';
import { part } from '../internal/part.ts';
import { RetryButton } from '../internal/RetryButton.tsx';
import { defaultMessageRenderers } from '../message/content/createMessageRenderers.ts';
import type { MessageRenderers } from '../message/content/MessageRenderers.ts';
import { MessageRow } from '../message/MessageRow.tsx';
import type { MessageRowShared } from '../message/MessageRowShared.ts';
import { ListNotice } from '../session/ListNotice.tsx';
import { messageSummary } from '../session/sessionPreview.ts';
import { Spinner } from '../spinner/Spinner.tsx';
import { ForwardPicker } from './ForwardPicker.tsx';
import { interactionErrorMessage } from './interactionErrorMessage.ts';
import { MessageListState } from './MessageListState.tsx';
import { firstUnreadIndex, rowLayout } from './messageLayout.ts';
import { type Announce, PoliteAnnouncer } from './PoliteAnnouncer.tsx';
import { useChatScroll } from './useChatScroll.ts';
import { useJumpFocus } from './useJumpFocus.ts';
import { useRovingMessages } from './useRovingMessages.ts';
import { useUnreadMark } from './useUnreadMark.ts';

/** Props of {@link MessageList}. */
export interface MessageListProps {
  /** The session whose messages are shown. */
  sessionId: string;
  /** Renderer registry from `createMessageRenderers`. Default: the built-in renderers. */
  renderers?: MessageRenderers;
  /**
   * Forwarding handled by the app (e.g. its own picker). Default: a built-in picker of recent
   * sessions.
   */
  onForward?: (message: Message) => void;
  /** "Re-edit" of a recalled text of mine; without it the action is hidden. */
  onReEdit?: (message: Message, text: string) => void;
  /**
   * "Reply" (menu, or R on a focused message): quote it in the composer. Hidden without it or
   * when the backend has no replies.
   */
  onReply?: (message: Message) => void;
  /**
   * "Edit" of my text (menu, or E on a focused message): put it in the composer. Hidden without
   * it, outside the backend's edit window, or when the backend cannot edit.
   */
  onEdit?: (message: Message) => void;
  /**
   * Viewport size before the first measurement, so server rendering and tests (jsdom has no
   * layout) render a first window of rows. Default: none (rows appear once measured).
   */
  initialRect?: Rect;
  className?: string;
}

/**
 * A session's messages, virtualized in chat mode: starts at the newest, loads older pages
 * above without moving what you read, stays at the bottom as messages arrive (or offers
 * "N new messages" when you scrolled up), with day separators, an unread divider, grouping,
 * per-message menus and roving keyboard focus. Each row subscribes to its own message.
 */
export function MessageList(props: MessageListProps) {
  // A fresh virtualizer, focus and unread mark per session.
  return <MessageListView key={props.sessionId} {...props} />;
}

function MessageListView({
  sessionId,
  renderers = defaultMessageRenderers,
  onForward,
  onReEdit,
  onReply,
  onEdit,
  initialRect,
  className,
}: MessageListProps) {
  const chat = useChat();
  const { t, format } = useLocale();
  const connection = useConnection();
  const me = connection.me;
  const data = useMessages(sessionId);
  const actions = useMessageActions(sessionId);
  const { messages } = data;
  const mark = useUnreadMark(sessionId);
  const [forwarding, setForwarding] = useState<Message | null>(null);
  const [notice, setNotice] = useState('');
  const announce = useRef<Announce | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const getName = useCallback(
    (account: string) => chat.store.getState().users[account]?.nick || account,
    [chat],
  );
  const shared = useMemo<MessageRowShared>(() => {
    const quiet = (promise: Promise<unknown>) => {
      // Failures show on the message itself (status) or leave it unchanged.
      promise.catch(() => undefined);
    };
    const { supports } = chat;
    return {
      sessionId,
      me,
      renderers,
      getName,
      // Rolled back in the store on failure; the reason is said here.
      react: supports.react
        ? (m, key) =>
            void actions.react(m, key).catch((e: unknown) => {
              setNotice(interactionErrorMessage(t, 'react', e));
            })
        : undefined,
      jumpTo: supports.reply
        ? (reply) =>
            void actions
              .jumpTo({ idClient: reply.idClient, time: reply.time })
              .catch((e: unknown) => setNotice(interactionErrorMessage(t, 'jump', e)))
        : undefined,
      // The recall window is the server's: a skewed device clock would offer recalls it rejects.
      now: () => chat.serverNow(),
      menu: {
        recallWindowMs: chat.recallWindowMs,
        onResend: (m) => quiet(actions.resend(m)),
        onRecall: (m) => quiet(actions.recall(m)),
        onDelete: (m) => quiet(actions.deleteMessages([m.idClient])),
        onForward: onForward ?? setForwarding,
        onReply: supports.reply ? onReply : undefined,
        onEdit: supports.edit ? onEdit : undefined,
        editWindowMs: chat.editWindowMs,
      },
      cancelUpload: (m) => actions.cancelUpload(m.idClient),
      reEdit: onReEdit,
    };
  }, [chat, sessionId, me, renderers, getName, onForward, onReEdit, onReply, onEdit, actions, t]);

  const onIncoming = useCallback(
    (incoming: readonly Message[]) => {
      const last = incoming[incoming.length - 1];
      if (!last) return;
      const text = messageSummary(last, { me, getName, t, list: format.list });
      announce.current?.(t('pane.announce', { name: getName(last.from), text }));
    },
    [me, getName, t, format],
  );

  // While older pages may come, the oldest loaded message is not shown: it only tells the
  // next one whether it starts a day or continues a group. So a prepended page never changes
  // the layout of a row the reader sees, and nothing on screen moves.
  const hidden = data.hasMoreOlder && messages.length > 1 ? 1 : 0;
  const shown = useMemo(() => (hidden ? messages.slice(hidden) : messages), [messages, hidden]);
  const scrollToIndexRef = useRef<(index: number) => void>(() => undefined);
  const roving = useRovingMessages(shown, scrollRef, (i) => scrollToIndexRef.current(i));
  const scroll = useChatScroll({
    scrollRef,
    messages: shown,
    me,
    hasMoreOlder: data.hasMoreOlder,
    hasMoreNewer: data.hasMoreNewer,
    loadingOlder: data.loadingOlder,
    loadingNewer: data.loadingNewer,
    loadOlder: data.loadOlder,
    loadNewer: data.loadNewer,
    keepIndex: roving.activeIndex,
    initialRect,
    onIncoming,
  });
  const { virtualizer } = scroll;
  scrollToIndexRef.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' });
  const highlighted = useJumpFocus(sessionId, shown, scroll.scrollToMessage, roving.focusMessage);
  const atStart = !data.hasMoreOlder;
  const unreadIndex = useMemo(
    () => firstUnreadIndex(messages, mark, me, atStart),
    [messages, mark, me, atStart],
  );
  const shownUnreadIndex = unreadIndex < hidden ? -1 : unreadIndex - hidden;

  const { error } = data;
  // After a failed first page this asks for it again.
  const retry = () => void data.loadOlder().catch(() => undefined);
  if (messages.length === 0) {
    const offline = connection.status === 'disconnected' && connection.error !== null;
    const state = error || offline ? 'error' : data.loading ? 'loading' : 'empty';
    return (
      <div {...part('message-list', className)} data-state={state}>
        <MessageListState
          state={state}
          message={offline && !error ? t('pane.offline') : undefined}
          onRetry={
            offline && !error ? () => void connection.connect().catch(() => undefined) : retry
          }
        />
      </div>
    );
  }

  return (
    <div {...part('message-list', className)} data-state="ready">
      <div
        ref={scrollRef}
        className="parley-message-scroller"
        data-part="message-scroller"
        role="log"
        // Rows mount and unmount while scrolling; only the announcer below speaks.
        aria-live="off"
        aria-label={t('pane.messages')}
        aria-busy={data.loadingOlder || data.loadingNewer}
        onScroll={scroll.onScroll}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        <div
          className="parley-message-sizer"
          data-part="message-sizer"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const message = shown[item.index];
            if (!message) return null;
            const layout = rowLayout(messages, item.index + hidden, !data.hasMoreOlder);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="parley-message-item"
                data-part="message-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <MessageRow
                  idClient={message.idClient}
                  shared={shared}
                  showDate={layout.showDate}
                  grouped={layout.grouped && item.index !== shownUnreadIndex}
                  unreadDivider={item.index === shownUnreadIndex ? (mark?.unread ?? 0) : 0}
                  tabbable={message.idClient === roving.tabbableId}
                  highlighted={message.idClient === highlighted}
                />
              </div>
            );
          })}
        </div>
      </div>
      {data.loadingOlder ? (
        <div className="parley-history-loading" data-part="history-loading">
          <Spinner size="sm" label={t('pane.loadingOlder')} />
        </div>
      ) : data.error ? (
        <div className="parley-history-error" data-part="history-error" role="alert">
          {t('pane.loadOlderFailed')} <RetryButton onRetry={retry} variant="link" />
        </div>
      ) : null}
      {scroll.newCount > 0 || scroll.farFromEnd ? (
        <button
          type="button"
          className="parley-jump-button"
          data-part="jump-to-latest"
          data-state={scroll.newCount > 0 ? 'new' : 'far'}
          onClick={scroll.jumpToLatest}
        >
          {scroll.newCount > 0
            ? t('pane.newMessages', { count: scroll.newCount })
            : t('pane.jumpToLatest')}
        </button>
      ) : null}
      {notice ? <ListNotice message={notice} onDismiss={() => setNotice('')} /> : null}
      <PoliteAnnouncer announceRef={announce} />
      <ForwardPicker
        message={forwarding}
        anchor={<span className="parley-forward-anchor" data-part="forward-anchor" />}
        onClose={() => setForwarding(null)}
        returnFocusTo={(message) =>
          // Only the rendered window is searched: a message scrolled away keeps Radix's default.
          findRow(scrollRef.current, '[data-message-id]', 'messageId', message.idClient)
        }
        onPick={(message, to) => {
          setForwarding(null);
          data.forward(message, to).then(
            () => announce.current?.(t('pane.forward.done')),
            () => announce.current?.(t('pane.forward.failed')),
          );
        }}
      />
    </div>
  );
}
