/** Runs inside the bench page: the measuring side shared by Parley and the baseline. */

/** Resolves after the browser painted the frame that follows the current one. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );
}

/** Counts frames longer than `threshold` ms while `work` runs. */
export async function watchFrames<T>(
  work: () => Promise<T>,
  threshold = 50,
): Promise<{ result: T; longFrames: number; maxFrameMs: number; frames: number }> {
  let last = performance.now();
  let longFrames = 0;
  let maxFrameMs = 0;
  let frames = 0;
  let running = true;
  const tick = (t: number) => {
    const delta = t - last;
    last = t;
    frames++;
    if (delta > threshold) longFrames++;
    maxFrameMs = Math.max(maxFrameMs, delta);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
  const result = await work();
  running = false;
  return { result, longFrames, maxFrameMs, frames };
}

interface MemoryInfo {
  usedJSHeapSize: number;
}

/**
 * Runs a full GC (Chromium's --expose-gc): before a timed part, so the garbage of the setup
 * is not collected inside it, for one implementation and not the other.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** JS heap in use after a full GC (needs Chromium's --expose-gc and precise memory info). */
export function heapBytes(): number {
  collectGarbage();
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  return memory?.usedJSHeapSize ?? 0;
}

/** Elements in the document: what virtualization keeps small. */
export function domNodes(): number {
  return document.getElementsByTagName('*').length;
}

/** The element a scenario scrolls: the first scrollable element on the page. */
export function scroller(): HTMLElement {
  for (const el of document.querySelectorAll<HTMLElement>('#root *')) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 4) {
      return el;
    }
  }
  throw new Error('bench: no scrollable element on the page');
}

/** Resolves after pending tasks ran (a macrotask without setTimeout's 4 ms clamp). */
export function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Scrolls from top to bottom in `steps` equal jumps, one per painted frame. */
export async function scrollThrough(steps: number): Promise<void> {
  const el = scroller();
  el.scrollTop = 0;
  await nextPaint();
  for (let i = 1; i <= steps; i++) {
    el.scrollTop = ((el.scrollHeight - el.clientHeight) * i) / steps;
    await nextPaint();
  }
}

/**
 * Resolves with the time the first frame in which `check` holds has been painted: `check`
 * runs in each animation frame (after the tasks before it, e.g. a React render), and the
 * time is taken in the task that follows that frame's paint. One frame of resolution,
 * the same for every implementation.
 */
export function paintedWhen(check: () => boolean, timeoutMs = 10_000): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const frame = () => {
      if (check()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      } else if (performance.now() - start > timeoutMs) {
        reject(new Error('bench: condition timed out'));
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

/** Waits until `check` holds, polling each frame, or fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('bench: condition timed out');
    await nextPaint();
  }
}
