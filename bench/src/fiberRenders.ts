/**
 * Counts renders of one component per key, through the hook React calls on every commit
 * (the one DevTools uses). Installed before React loads; read by the burst scenario.
 */

interface Fiber {
  type: unknown;
  flags: number;
  memoizedProps: Record<string, unknown> | null;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

// React's PerformedWork flag: the fiber's render function ran in this commit.
const PERFORMED_WORK = 1;

const counts = new Map<string, number>();
let target: ((type: unknown) => boolean) | null = null;
let keyOf: (props: Record<string, unknown>) => string | undefined = () => undefined;

function walk(root: Fiber | null) {
  const stack: Fiber[] = root ? [root] : [];
  while (stack.length) {
    const fiber = stack.pop() as Fiber;
    if (target?.(fiber.type) && (fiber.flags & PERFORMED_WORK) !== 0 && fiber.memoizedProps) {
      const key = keyOf(fiber.memoizedProps);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

/** Installs the commit hook; call before React is imported. */
export function installRenderCounter(): void {
  const hook = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (target) walk(root.current);
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: hook,
    configurable: true,
  });
}

/** Starts counting renders of components matching `match`, keyed by `key(props)`. */
export function countRenders(
  match: (type: unknown) => boolean,
  key: (props: Record<string, unknown>) => string | undefined,
): () => Map<string, number> {
  counts.clear();
  target = match;
  keyOf = key;
  return () => {
    target = null;
    return new Map(counts);
  };
}
