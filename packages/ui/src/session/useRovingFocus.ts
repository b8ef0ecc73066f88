import type { Session, SessionId } from '@parley/core';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { findRow } from '../internal/findRow.ts';
import { findByPrefix, nextIndex } from '../internal/listNavigation.ts';

/** Options of {@link useRovingFocus}. */
export interface RovingFocusOptions {
  sessions: readonly Session[];
  selectedId: SessionId | null;
  /** The listbox element that holds the rows. */
  listRef: RefObject<HTMLElement | null>;
  /** Brings a row into the rendered window (`virtualizer.scrollToIndex`). */
  scrollToIndex: (index: number) => void;
  /** Rows per viewport, for PageUp/PageDown. */
  pageSize: () => number;
  /** Display names in list order, read only when the user types ahead. */
  names: () => readonly string[];
}

/** What {@link useRovingFocus} returns. */
export interface RovingFocus {
  /** Index of the row that holds the tab stop. */
  activeIndex: number;
  /** Rendered range plus the active row, so the focused row is never unmounted by scrolling. */
  rangeExtractor: (range: Range) => number[];
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

function rowOf(list: HTMLElement | null, sessionId: SessionId): HTMLElement | null {
  return findRow(list, '[role="option"][data-session-id]', 'sessionId', sessionId);
}

const TYPEAHEAD_RESET_MS = 700;

/**
 * Roving tabindex over a virtualized listbox: one row is tabbable, arrows, Home/End and
 * PageUp/PageDown move it (scrolling it into the rendered window first), and letters jump to
 * a matching name. The active row is tracked by session id so it survives reordering; when
 * it disappears (deleted) the neighbour takes over, and focus with it.
 */
export function useRovingFocus({
  sessions,
  selectedId,
  listRef,
  scrollToIndex,
  pageSize,
  names,
}: RovingFocusOptions): RovingFocus {
  const [activeId, setActiveId] = useState<SessionId | null>(null);
  const focusPending = useRef(false);
  const focusWithin = useRef(false);
  const lastIndex = useRef(0);
  const typeahead = useRef({ text: '', at: 0 });

  let activeIndex = activeId === null ? -1 : sessions.findIndex((s) => s.id === activeId);
  if (activeIndex < 0 && activeId !== null && sessions.length > 0) {
    // The active row went away: its neighbour keeps the tab stop.
    activeIndex = Math.min(lastIndex.current, sessions.length - 1);
  }
  if (activeIndex < 0 && selectedId !== null) {
    activeIndex = sessions.findIndex((s) => s.id === selectedId);
  }
  if (activeIndex < 0) activeIndex = 0;
  const activeRowId = sessions[activeIndex]?.id ?? null;

  useLayoutEffect(() => {
    lastIndex.current = activeIndex;
    if (activeRowId === null) return;
    const lostFocus =
      focusWithin.current &&
      (document.activeElement === null || document.activeElement === document.body);
    if (!focusPending.current && !lostFocus) return;
    const row = rowOf(listRef.current, activeRowId);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      const id = sessions[index]?.id;
      if (id === undefined) return;
      focusPending.current = true;
      setActiveId(id);
      scrollToIndex(index);
    },
    [sessions, scrollToIndex],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target;
    // Keys from portaled menus and dialogs bubble here through React; only rows navigate.
    if (
      event.defaultPrevented ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      !(target instanceof HTMLElement) ||
      target.getAttribute('role') !== 'option' ||
      !event.currentTarget.contains(target)
    ) {
      return;
    }
    const next = nextIndex(event.key, activeIndex, sessions.length, pageSize());
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (event.key.length === 1 && event.key !== ' ') {
      const now = event.timeStamp || Date.now();
      const state = typeahead.current;
      state.text = now - state.at > TYPEAHEAD_RESET_MS ? event.key : state.text + event.key;
      state.at = now;
      const found = findByPrefix(names(), state.text, activeIndex);
      if (found >= 0) {
        event.preventDefault();
        moveTo(found);
      }
    }
  };

  // Focus is tracked through the React tree, portaled menus and dialogs included: a row's
  // delete dialog unmounts together with the row, and a removed element fires no blur React
  // sees, so "was inside, now on body" means the focused part of a row vanished.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    focusWithin.current = true;
    const target = event.target;
    if (
      event.currentTarget.contains(target) &&
      target.getAttribute('role') === 'option' &&
      target.dataset.sessionId !== undefined
    ) {
      setActiveId(target.dataset.sessionId);
    }
  };
  const onBlur = () => {
    focusWithin.current = false;
  };

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  return { activeIndex, rangeExtractor, onKeyDown, onFocus, onBlur };
}
