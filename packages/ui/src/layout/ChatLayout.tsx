import type { SessionId } from '@parley/core';
import {
  type CSSProperties,
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { ChatPane } from '../pane/ChatPane.tsx';
import { SessionList, type SessionListProps } from '../session/SessionList.tsx';
import { useColumns } from './useColumns.ts';
import { useSessionFallback } from './useSessionFallback.ts';

/** What {@link ChatLayoutProps.renderPane} gets besides the session id. */
export interface PaneOptions {
  /** Set in the one-column layout: goes back to the list (show a back button). */
  onBack?: () => void;
}

/** Props of {@link ChatLayout}. Everything is optional. */
export interface ChatLayoutProps {
  /**
   * The open session (controlled; null shows no pane). Omit to let the layout keep it,
   * starting with the first session of the list.
   */
  selectedId?: SessionId | null;
  /** Called when the user opens a session from the list. */
  onSelect?: (sessionId: SessionId) => void;
  /** Renders the pane of a session. Default: `<ChatPane sessionId onBack />`. */
  renderPane?: (sessionId: SessionId, options: PaneOptions) => ReactNode;
  /** Props passed through to the `SessionList` (filters, search box, header, sizes). */
  list?: Omit<SessionListProps, 'selectedId' | 'onSelect'>;
  /**
   * Below this width (px, of the layout itself) list and pane share one column: the list
   * first, the pane with a back button once a session is picked. Default 720.
   */
  collapseBelow?: number;
  className?: string;
  style?: CSSProperties;
}

const defaultPane = (sessionId: SessionId, { onBack }: PaneOptions) => (
  <ChatPane key={sessionId} sessionId={sessionId} onBack={onBack} />
);

/**
 * A complete chat screen: the session list beside the open session, collapsing to one
 * column on narrow containers. `<ChatLayout />` alone, inside a `ChatProvider` and a
 * `ParleyRoot`, is a working chat app.
 */
export function ChatLayout({
  selectedId: selectedProp,
  onSelect,
  renderPane = defaultPane,
  list,
  collapseBelow = 720,
  className,
  style,
}: ChatLayoutProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const columns = useColumns(root, collapseBelow);
  const controlled = selectedProp !== undefined;
  const [picked, setPicked] = useState<SessionId | null>(null);
  const fallback = useSessionFallback({ scene: list?.scene, query: list?.query, wanted: picked });
  const [view, setView] = useState<'list' | 'pane'>('list');
  const moveFocus = useRef<'list' | 'pane' | null>(null);
  /** A chat just started, whose input takes the focus once its pane shows. */
  const focusComposerOf = useRef<SessionId | null>(null);

  const selected = controlled ? selectedProp : fallback.present ? picked : fallback.first;
  const paneShown = selected !== null && (columns === 2 || view === 'pane');

  const select = (sessionId: SessionId) => {
    setPicked(sessionId);
    setView('pane');
    if (columns === 1) moveFocus.current = 'pane';
    onSelect?.(sessionId);
  };
  // A chat just started is for writing in: its input takes the focus.
  const started = (sessionId: SessionId) => {
    focusComposerOf.current = sessionId;
    list?.onStartChat?.(sessionId);
  };
  const back = useCallback(() => {
    setView('list');
    moveFocus.current = 'list';
  }, []);

  useLayoutEffect(() => {
    const target = moveFocus.current;
    moveFocus.current = null;
    if (target === 'pane') paneRef.current?.focus();
    // The layout may show the list's first session for a commit before the new one.
    if (focusComposerOf.current !== null && focusComposerOf.current === selected && paneShown) {
      focusComposerOf.current = null;
      const input = paneRef.current?.querySelector<HTMLElement>('textarea:not(:disabled)');
      (input ?? paneRef.current)?.focus();
    }
    if (target === 'list') {
      listRef.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
    }
  });

  return (
    <div
      {...part('chat-layout', className)}
      ref={root}
      style={style}
      data-columns={columns}
      data-view={columns === 1 && paneShown ? 'pane' : 'list'}
    >
      <div ref={listRef} className="parley-chat-layout-list" data-part="chat-layout-list">
        <SessionList {...list} selectedId={selected} onSelect={select} onStartChat={started} />
      </div>
      <div
        ref={paneRef}
        className="parley-chat-layout-pane"
        data-part="chat-layout-pane"
        tabIndex={-1}
      >
        {paneShown ? (
          renderPane(selected, { onBack: columns === 1 ? back : undefined })
        ) : columns === 2 ? (
          <p className="parley-chat-layout-empty" data-part="chat-layout-empty">
            {t('layout.noSelection')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
