import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** A message as the baseline shows it: its id and text. */
export interface BaselineMessage {
  id: string;
  text: string;
}

/** Older history is asked for within this distance of the top, as Parley does (px). */
const EDGE_THRESHOLD = 200;

/**
 * The baseline: a bare virtualized list in chat mode (anchored to the end, following
 * appends), measured rows of plain divs. It pages by Parley's rules, so both lists fetch the
 * same pages: near the top, and again while the loaded rows do not fill the viewport.
 */
export function BaselineMessageList({
  messages,
  onNearTop,
}: {
  messages: readonly BaselineMessage[];
  onNearTop?: () => void;
}): ReactNode {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => parentRef.current,
    // Its rows are one 30 px line; Parley's estimate is likewise close to its real rows.
    estimateSize: () => 30,
    getItemKey: (i) => messages[i]?.id ?? i,
    anchorTo: 'end',
    followOnAppend: true,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const started = messages.length > 0;
  useLayoutEffect(() => {
    if (started) virtualizer.scrollToEnd();
  }, [started, virtualizer]);
  // A first page shorter than the viewport cannot be scrolled: fetch more until it fills.
  useLayoutEffect(() => {
    const height = virtualizer.scrollRect?.height ?? 0;
    if (started && virtualizer.getTotalSize() < height) onNearTop?.();
  });
  return (
    <div
      ref={parentRef}
      style={{ height: '100%', overflow: 'auto' }}
      onScroll={(event) => {
        // After the virtualizer has read this scroll position, as Parley defers it.
        if (event.currentTarget.scrollTop < EDGE_THRESHOLD) setTimeout(() => onNearTop?.(), 0);
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const message = messages[item.index];
          if (!message) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-message-id={message.id}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <div style={{ padding: '6px 12px' }}>{message.text}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
