/**
 * The element under `container` that matches `selector` and whose `data-*` value `key` is
 * `id`. Ids are compared as values, never written into a selector, so any id is safe.
 */
export function findRow(
  container: ParentNode | null | undefined,
  selector: string,
  key: string,
  id: string,
): HTMLElement | null {
  if (!container) return null;
  for (const row of container.querySelectorAll<HTMLElement>(selector)) {
    if (row.dataset[key] === id) return row;
  }
  return null;
}
