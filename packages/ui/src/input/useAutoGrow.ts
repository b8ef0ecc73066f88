import { type RefObject, useLayoutEffect } from 'react';

/** Grows a textarea with its content up to `maxRows` lines, then it scrolls. */
export function useAutoGrow(
  ref: RefObject<HTMLTextAreaElement | null>,
  value: string,
  maxRows: number,
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    // `value` is read so the effect re-runs on every edit.
    if (!el || value === undefined) return;
    const style = getComputedStyle(el);
    const line = Number.parseFloat(style.lineHeight) || 20;
    const padding =
      (Number.parseFloat(style.paddingBlockStart) || 0) +
      (Number.parseFloat(style.paddingBlockEnd) || 0);
    el.style.height = 'auto';
    const max = line * maxRows + padding;
    const next = Math.min(el.scrollHeight, max);
    if (next > 0) el.style.height = `${next}px`;
    el.style.overflowY = el.scrollHeight > max ? 'auto' : 'hidden';
  }, [ref, value, maxRows]);
}
