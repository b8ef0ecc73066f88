import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** A message as the baseline shows it: its id and text. */
export interface BaselineMessage {
  id: string;
  text: string;
}

/**
 * The baseline: a bare virtualized list in chat mode (anchored to the end, following
 * appends), measured rows of plain divs.
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
    estimateSize: () => 56,
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
  return (
    <div
      ref={parentRef}
      style={{ height: '100%', overflow: 'auto' }}
      onScroll={(event) => {
        if (event.currentTarget.scrollTop < 200 && !virtualizer.isAtEnd(80)) onNearTop?.();
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
