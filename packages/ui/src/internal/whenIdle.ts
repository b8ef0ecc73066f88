/**
 * Runs `task` when the browser is next idle (within `timeout` ms at the latest), or after a
 * short delay where `requestIdleCallback` is missing (Safari). Call it from effects only: it
 * touches `window`, which server rendering does not have.
 */
export function whenIdle(task: () => void, timeout = 2_000): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout });
  } else {
    window.setTimeout(task, 200);
  }
}
