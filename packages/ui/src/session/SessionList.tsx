import type { SessionId } from '@parley/core';
import {
  displayName,
  type UseSessionsOptions,
  useChat,
  useConnection,
  useSessions,
} from '@parley/react';
import {
  observeElementRect,
  type Rect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { useControllableState } from '../internal/useControllableState.ts';
import { NewChatButton } from '../newchat/NewChatButton.tsx';
import { actionErrorMessage, type SessionAction } from './actionErrorMessage.ts';
import { ConnectedSessionRow } from './ConnectedSessionRow.tsx';
import { ListNotice } from './ListNotice.tsx';
import { SessionListHeader } from './SessionListHeader.tsx';
import { type ListPlaceholder, SessionListState } from './SessionListState.tsx';
import { useRovingFocus } from './useRovingFocus.ts';

/** Props of {@link SessionList}. */
export interface SessionListProps extends Omit<UseSessionsOptions, 'query'> {
  /** The open session (controlled). Omit to let the list keep it. */
  selectedId?: SessionId | null;
  /** Called when the user picks a session (click, Enter, Space). */
  onSelect?: (sessionId: SessionId) => void;
  /** Filter text (controlled). Default: the search box's own text, or none. */
  query?: string;
  /** Called as the user types into the search box. */
  onQueryChange?: (query: string) => void;
  /** Shows a search box above the list. Default false. */
  searchable?: boolean;
  /** Shows a title with the total unread count above the list. Default false. */
  showHeader?: boolean;
  /**
   * Offers "New conversation" in the header and the empty state: find people and teams
   * (the adapter's `searchDirectory`; without it, an account typed as is) and open the chat,
   * inserted when new and selected. Default true.
   */
  newChat?: boolean;
  /** Called once a chat the user started from "New conversation" is selected. */
  onStartChat?: (sessionId: SessionId) => void;
  /** Accessible name of the listbox. Default: the translated "Conversations". */
  label?: string;
  /** Row height, px (rows have a fixed height so 10,000 of them scroll smoothly). Default 64. */
  rowHeight?: number;
  /** Rows rendered beyond each edge of the viewport. Default 8. */
  overscan?: number;
  /** Loads the next page when the viewport is this many rows from the end. Default 10. */
  loadMoreThreshold?: number;
  /**
   * Viewport size assumed until the list can measure itself (server rendering, tests,
   * a hidden parent), so a first window of rows renders. Default: none (nothing until measured).
   */
  initialRect?: Rect;
  className?: string;
  style?: CSSProperties;
}

const NO_RECT: Rect = { width: 0, height: 0 };

/**
 * The session list: virtualized rows of `SessionRow`, each subscribed to its own
 * session, in a keyboard-navigable listbox (arrows, Home/End, PageUp/PageDown, typeahead,
 * Enter/Space selects, Shift+F10 or the ContextMenu key opens the row menu). Row menus pin,
 * mark read, mute and delete, and failures are announced. Loads more sessions near the end
 * and shows loading, empty and error states. Needs a `ChatProvider` and a `ParleyRoot`.
 */
export function SessionList({
  scene,
  selectedId: selectedProp,
  onSelect,
  query: queryProp,
  onQueryChange,
  searchable = false,
  showHeader = false,
  newChat = true,
  onStartChat,
  label,
  rowHeight = 64,
  overscan = 8,
  loadMoreThreshold = 10,
  initialRect,
  className,
  style,
}: SessionListProps) {
  const t = useT();
  const chat = useChat();
  const [query, setQuery] = useControllableState(queryProp, '', onQueryChange);
  const [selectedId, setSelected] = useControllableState<SessionId | null>(
    selectedProp,
    null,
    undefined,
  );
  const { sessions, totalUnread, hasMore, loading, error, loadMoreSessions } = useSessions({
    scene,
    query,
  });
  const { status, error: connectionError, me, connect } = useConnection();
  const [notice, setNotice] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);

  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const select = useCallback(
    (id: SessionId) => {
      setSelected(id);
      onSelectRef.current?.(id);
    },
    [setSelected],
  );
  const startChat = (variant: 'icon' | 'button') => (
    <NewChatButton
      variant={variant}
      onStart={(session) => {
        select(session.id);
        onStartChat?.(session.id);
      }}
    />
  );
  const onActionError = useCallback(
    (action: SessionAction, name: string, err: unknown) =>
      setNotice(actionErrorMessage(t, action, name, err)),
    [t],
  );

  const focus = useRovingFocus({
    sessions,
    selectedId,
    listRef,
    scrollToIndex: useCallback((index: number) => virtualizerRef.current?.scrollToIndex(index), []),
    pageSize: () =>
      Math.floor(
        (virtualizerRef.current?.scrollRect?.height ?? initialRect?.height ?? 0) / rowHeight,
      ),
    names: () => sessions.map((s) => displayName(chat.store.getState(), s)),
  });

  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: sessions.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => sessions[index]?.id ?? index,
    overscan,
    initialRect,
    rangeExtractor: focus.rangeExtractor,
    // An unmeasurable viewport (jsdom, display: none) keeps the assumed size.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height === 0 && rect.width === 0 ? (initialRect ?? NO_RECT) : rect),
      ),
  });
  virtualizerRef.current = virtualizer;
  const items = virtualizer.getVirtualItems();
  // The visible end, not the overscanned one, decides when the next page is due.
  const lastVisible = virtualizer.range?.endIndex ?? -1;

  const canLoad = status === 'connected' && hasMore && !loading && error === null;
  useEffect(() => {
    if (canLoad && lastVisible >= sessions.length - 1 - loadMoreThreshold) {
      // Failures land in `error` (shown below with a retry).
      loadMoreSessions().catch(() => undefined);
    }
  }, [canLoad, lastVisible, sessions.length, loadMoreThreshold, loadMoreSessions]);

  const retryLoad = () => {
    loadMoreSessions().catch(() => undefined);
  };
  let placeholder: ListPlaceholder | null = null;
  if (sessions.length === 0) {
    if (status === 'disconnected') {
      placeholder = {
        kind: 'error',
        title: connectionError ? 'connectFailed' : 'offline',
        onRetry: () => {
          connect().catch(() => undefined);
        },
      };
    } else if (error) placeholder = { kind: 'error', title: 'loadFailed', onRetry: retryLoad };
    else if (status !== 'connected' || loading || hasMore) placeholder = { kind: 'loading' };
    else
      placeholder = {
        kind: 'empty',
        query: query.trim(),
        action: newChat ? startChat('button') : null,
      };
  }

  const setSize = hasMore ? -1 : sessions.length;
  return (
    <div
      {...part('session-list', className)}
      data-state={placeholder?.kind ?? 'ready'}
      style={style}
    >
      {showHeader || newChat ? (
        <SessionListHeader
          showTitle={showHeader}
          totalUnread={totalUnread}
          actions={newChat ? startChat('icon') : null}
        />
      ) : null}
      {searchable ? (
        <div className="parley-list-search" data-part="list-search">
          <input
            type="search"
            className="parley-list-search-input"
            data-part="list-search-input"
            aria-label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            value={query}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              virtualizer.scrollToOffset(0);
            }}
          />
        </div>
      ) : null}
      {notice ? <ListNotice message={notice} onDismiss={() => setNotice(null)} /> : null}
      {placeholder ? (
        <SessionListState state={placeholder} />
      ) : (
        <div
          ref={listRef}
          className="parley-session-scroller"
          data-part="session-scroller"
          role="listbox"
          aria-label={label ?? t('list.label')}
          aria-busy={loading || undefined}
          onKeyDown={focus.onKeyDown}
          onFocus={focus.onFocus}
          onBlur={focus.onBlur}
        >
          <div
            className="parley-session-rows"
            data-part="session-rows"
            style={{ blockSize: virtualizer.getTotalSize() }}
          >
            {items.map((item) => {
              const id = sessions[item.index]?.id;
              if (id === undefined) return null;
              return (
                <ConnectedSessionRow
                  key={id}
                  sessionId={id}
                  index={item.index}
                  setSize={setSize}
                  start={item.start}
                  height={item.size}
                  selected={id === selectedId}
                  tabbable={item.index === focus.activeIndex}
                  me={me}
                  onSelect={select}
                  onActionError={onActionError}
                />
              );
            })}
          </div>
        </div>
      )}
      {error && sessions.length > 0 ? (
        <ListNotice message={t('list.loadMoreFailed')} onRetry={retryLoad} />
      ) : null}
    </div>
  );
}
