import type { Message } from '@parley/core';
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
import { nextIndex } from '../internal/listNavigation.ts';

/** Messages Page Up and Page Down move by. */
const PAGE = 10;

function messageIdOf(target: EventTarget): string | undefined {
  return target instanceof HTMLElement ? target.dataset.messageId : undefined;
}

function indexOfId(messages: readonly Message[], id: string | null): number {
  if (id === null) return -1;
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.idClient === id) return i;
  return -1;
}

/**
 * Roving focus over messages: one tab stop (the last focused message, else the newest),
 * arrows, Page Up/Down, Home and End move between messages, scrolling virtualized rows in
 * before focusing them.
 */
export function useRovingMessages(
  messages: readonly Message[],
  scrollRef: RefObject<HTMLElement | null>,
  scrollToIndex: (index: number) => void,
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const activeIndex = indexOfId(messages, activeId);
  const tabbableId =
    activeIndex >= 0 ? activeId : (messages[messages.length - 1]?.idClient ?? null);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = findRow(scrollRef.current, '[data-message-id]', 'messageId', id);
    if (!element) return;
    pendingFocus.current = null;
    // The virtualizer already scrolled it in; native focus scrolling would fight it.
    element.focus({ preventScroll: true });
  });

  const onFocus = useCallback((event: FocusEvent) => {
    const id = messageIdOf(event.target);
    if (id !== undefined) setActiveId(id);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = messageIdOf(event.target);
      if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      // Shift with an arrow or a page key is left to the browser: it extends a text selection.
      if (event.shiftKey && event.key !== 'Home' && event.key !== 'End') return;
      const from = indexOfId(messages, id);
      const to = nextIndex(event.key, from, messages.length, PAGE);
      if (to === null) return;
      event.preventDefault();
      const target = messages[to];
      if (!target || to === from) return;
      pendingFocus.current = target.idClient;
      setActiveId(target.idClient);
      scrollToIndex(to);
    },
    [messages, scrollToIndex],
  );

  /** Moves focus to a message once its row is rendered (after a jump scrolled to it). */
  const focusMessage = useCallback((id: string) => {
    pendingFocus.current = id;
    setActiveId(id);
  }, []);

  return { activeIndex, tabbableId, onFocus, onKeyDown, focusMessage };
}
