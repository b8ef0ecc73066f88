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

const STEPS: Readonly<Record<string, number>> = {
  ArrowUp: -1,
  ArrowDown: 1,
  PageUp: -10,
  PageDown: 10,
};

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
    const elements = scrollRef.current?.querySelectorAll<HTMLElement>('[data-message-id]') ?? [];
    for (const element of elements) {
      if (element.dataset.messageId !== id) continue;
      pendingFocus.current = null;
      // The virtualizer already scrolled it in; native focus scrolling would fight it.
      element.focus({ preventScroll: true });
      return;
    }
  });

  const onFocus = useCallback((event: FocusEvent) => {
    const id = messageIdOf(event.target);
    if (id !== undefined) setActiveId(id);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = messageIdOf(event.target);
      if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = indexOfId(messages, id);
      const last = messages.length - 1;
      let to: number;
      if (event.key === 'Home') to = 0;
      else if (event.key === 'End') to = last;
      else {
        const step = STEPS[event.key];
        if (step === undefined || event.shiftKey) return;
        to = Math.min(last, Math.max(0, from + step));
      }
      event.preventDefault();
      const target = messages[to];
      if (!target || to === from) return;
      pendingFocus.current = target.idClient;
      setActiveId(target.idClient);
      scrollToIndex(to);
    },
    [messages, scrollToIndex],
  );

  return { activeIndex, tabbableId, onFocus, onKeyDown };
}
