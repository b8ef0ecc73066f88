/** Finds rendered message rows by their message id (`data-message-id`, set by both lists). */
export function rowOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`);
}

/** The topmost message row visible in `scroller`, with its offset from the scroller's top. */
export function firstVisibleRow(scroller: HTMLElement): { id: string; top: number } | null {
  const box = scroller.getBoundingClientRect();
  let best: { id: string; top: number } | null = null;
  for (const row of scroller.querySelectorAll<HTMLElement>('[data-message-id]')) {
    const rect = row.getBoundingClientRect();
    if (rect.bottom <= box.top || rect.top >= box.bottom) continue;
    const top = rect.top - box.top;
    if (!best || top < best.top) best = { id: row.dataset.messageId ?? '', top };
  }
  return best;
}
