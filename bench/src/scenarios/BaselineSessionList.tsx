import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

/** One row's text, the same text Parley's row shows. */
export interface BaselineRow {
  id: string;
  title: string;
  preview: string;
  time: string;
}

/** The baseline: a bare virtualized list of plain divs. */
export function BaselineSessionList({ rows }: { rows: readonly BaselineRow[] }): ReactNode {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 6,
  });
  return (
    <div ref={parentRef} style={{ height: '100%', overflow: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: 64,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <div>{row.title}</div>
              <div>{row.preview}</div>
              <div>{row.time}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
