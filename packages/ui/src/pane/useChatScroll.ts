import type { Message } from '@parley/core';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
} from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Rows are measured once rendered; this only sizes the scrollbar before that (px). */
const ESTIMATED_ROW = 64;
/** Load the next page when the viewport is this close to an edge (px). */
const EDGE_THRESHOLD = 200;
/** Closer than this to the end counts as "at the end" (px). */
const END_THRESHOLD = 80;

/** Options of {@link useChatScroll}. */
export interface ChatScrollOptions {
  /** The scrolling element. */
  scrollRef: RefObject<HTMLDivElement | null>;
  messages: readonly Message[];
  me: string;
  hasMoreOlder: boolean;
  hasMoreNewer: boolean;
  loadingOlder: boolean;
  loadingNewer: boolean;
  loadOlder: () => Promise<void>;
  loadNewer: () => Promise<void>;
  /** Index kept rendered while far away (the focused message). -1 for none. */
  keepIndex: number;
  initialRect?: Rect;
  /** Incoming messages appended at the end (not history pages). */
  onIncoming?: (appended: readonly Message[]) => void;
}

function distanceFromEnd(el: HTMLElement): number {
  return el.scrollHeight - el.scrollTop - el.clientHeight;
}

function lastIndexOfId(messages: readonly Message[], id: string): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.idClient === id) return i;
  return -1;
}

/**
 * The message list's scrolling: TanStack Virtual in chat mode (anchored to the end, following
 * appends while at the end, keeping the reader's row in place when older pages are prepended),
 * paging at both edges, and the count of messages that arrived while the user was scrolled up.
 */
export function useChatScroll(options: ChatScrollOptions) {
  const { messages, me, keepIndex, scrollRef } = options;
  const latest = useRef(options);
  latest.current = options;
  const inFlight = useRef({ older: false, newer: false });
  const atEnd = useRef(true);
  const lastTop = useRef(0);
  const [unseenFrom, setUnseenFrom] = useState<string | null>(null);
  const initialRectRef = useRef(options.initialRect);

  const getItemKey = useCallback((i: number) => messages[i]?.idClient ?? i, [messages]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keepIndex < 0 || keepIndex >= range.count || indexes.includes(keepIndex)) return indexes;
      return [...indexes, keepIndex].sort((a, b) => a - b);
    },
    [keepIndex],
  );
  const virtualizerRef = useRef<{ cancelScroll: () => void } | null>(null);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey,
    rangeExtractor,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: END_THRESHOLD,
    overscan: 6,
    initialRect: options.initialRect,
    // An element without layout (not yet attached, jsdom) reports 0×0: keep the initial rect
    // and the estimate instead of collapsing the list to nothing.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.width === 0 && rect.height === 0 ? (initialRectRef.current ?? rect) : rect),
      ),
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || ESTIMATED_ROW,
  });

  virtualizerRef.current = virtualizer;
  const load = useCallback((direction: 'older' | 'newer') => {
    const o = latest.current;
    const more = direction === 'older' ? o.hasMoreOlder : o.hasMoreNewer;
    const busy = direction === 'older' ? o.loadingOlder : o.loadingNewer;
    if (!more || busy || inFlight.current[direction]) return;
    inFlight.current[direction] = true;
    const run = direction === 'older' ? o.loadOlder : o.loadNewer;
    // A failure lands in the window's `error`, which the list shows with a retry.
    run()
      .catch(() => undefined)
      .finally(() => {
        inFlight.current[direction] = false;
      });
  }, []);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const distance = distanceFromEnd(el);
    // Only the reader leaves the end, by scrolling up; content measured larger after a jump
    // to the end (scrollTop grows or stays) does not count as leaving it.
    if (distance <= END_THRESHOLD) atEnd.current = true;
    else if (el.scrollTop < lastTop.current - 1 && atEnd.current) {
      atEnd.current = false;
      // The reader took over: an unfinished jump to the end must not pull them back down
      // when the next page is prepended.
      virtualizerRef.current?.cancelScroll();
    }
    lastTop.current = el.scrollTop;
    if (atEnd.current && !latest.current.hasMoreNewer) setUnseenFrom(null);
    const nearTop = el.scrollTop < EDGE_THRESHOLD;
    const nearEnd = distance < EDGE_THRESHOLD;
    if (!nearTop && !nearEnd) return;
    // After this event's other listeners: a page served from memory can arrive in this very
    // task, and the virtualizer must have read the new scroll position before it anchors
    // the prepend, or it restores the previous one.
    setTimeout(() => {
      if (nearTop) load('older');
      if (nearEnd) load('newer');
    }, 0);
  }, [load, scrollRef]);

  // Rows are laid out with estimates, then measured: while the reader has not scrolled away
  // from the end, keep the end in view as the measured content grows (images, long texts).
  const total = virtualizer.getTotalSize();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the content size changes
  useLayoutEffect(() => {
    if (atEnd.current && messages.length > 0 && !virtualizer.isAtEnd(1)) virtualizer.scrollToEnd();
  }, [total]);

  // A first page shorter than the viewport cannot be scrolled: fetch more until it fills.
  useLayoutEffect(() => {
    const height = virtualizer.scrollRect?.height ?? 0;
    if (messages.length > 0 && virtualizer.getTotalSize() < height) load('older');
  });

  const lastId = messages[messages.length - 1]?.idClient;
  // Starts empty so that a window already loaded on mount also scrolls to its end.
  const previousLast = useRef<{ id: string | undefined; hadMoreNewer: boolean }>({
    id: undefined,
    hadMoreNewer: false,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest message changes
  useLayoutEffect(() => {
    const previous = previousLast.current;
    previousLast.current = { id: lastId, hadMoreNewer: options.hasMoreNewer };
    if (lastId === undefined || lastId === previous.id) return;
    if (previous.id === undefined) {
      // First page: start at the newest message.
      virtualizer.scrollToEnd();
      return;
    }
    const from = lastIndexOfId(messages, previous.id) + 1;
    // A newer history page or a replaced window is not "new messages".
    if (from === 0 || previous.hadMoreNewer) return;
    const appended = messages.slice(from);
    if (appended.some((m) => m.from === me && m.status === 'sending')) {
      // I just sent something: show it, wherever I was reading.
      virtualizer.scrollToEnd();
      setUnseenFrom(null);
      return;
    }
    const incoming = appended.filter((m) => m.from !== me);
    if (incoming.length === 0) return;
    latest.current.onIncoming?.(incoming);
    const first = incoming[0];
    if (!atEnd.current && first) setUnseenFrom((current) => current ?? first.idClient);
  }, [lastId]);

  const unseenIndex = unseenFrom === null ? -1 : lastIndexOfId(messages, unseenFrom);
  const newCount = unseenIndex < 0 ? 0 : messages.length - unseenIndex;
  const viewport = virtualizer.scrollRect?.height ?? 0;
  // From the virtualizer's own numbers: reading the element's scrollHeight here would force a
  // layout in every render, i.e. for every incoming message.
  const distance = virtualizer.getTotalSize() - (virtualizer.scrollOffset ?? 0) - viewport;
  const farFromEnd = options.hasMoreNewer || (viewport > 0 && distance > viewport * 2);

  const jumpToLatest = useCallback(() => {
    setUnseenFrom(null);
    if (latest.current.hasMoreNewer) load('newer');
    virtualizer.scrollToEnd();
  }, [virtualizer, load]);

  // A jump to a message (a reply's original) leaves the end: content measured afterwards
  // must not pull the reader back down.
  const scrollToMessage = useCallback(
    (index: number) => {
      atEnd.current = false;
      virtualizer.scrollToIndex(index, { align: 'center' });
    },
    [virtualizer],
  );

  return { virtualizer, onScroll, newCount, farFromEnd, jumpToLatest, scrollToMessage };
}
