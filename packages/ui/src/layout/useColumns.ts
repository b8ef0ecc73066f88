import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * How many columns fit: 1 when the element is narrower than `collapseBelow` px, otherwise 2.
 * Measured with a ResizeObserver on the element itself (not the window), so a layout embedded
 * in a sidebar collapses too. Two columns until measured (server rendering, no observer).
 */
export function useColumns(ref: RefObject<HTMLElement | null>, collapseBelow: number): 1 | 2 {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measured = element.getBoundingClientRect().width;
    if (measured > 0) setWidth(measured);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // A hidden layout (display: none) reports 0: keep the last real width.
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width !== null && width < collapseBelow ? 1 : 2;
}
