/**
 * A persistent (immutable) table from string keys to values, for store slices with
 * thousands of entries: sessions by id, ledgers, the messages of a window.
 *
 * Copying a flat 10,000-key record to change one entry costs milliseconds (V8 keeps such
 * objects in dictionary mode). Here the entries sit in a fixed two-level hash trie of
 * 64 × 64 leaves, so a write copies two 64-slot arrays and one leaf of about n / 4096
 * entries, and every untouched leaf keeps its identity. The shape was chosen by measuring
 * single-level tables of 64–2048 buckets against two-level ones at 300, 10,000 and 100,000
 * entries: it keeps a write in the low microseconds at every size without rehashing.
 *
 * Treat it as opaque: read it with {@link tableGet}, {@link tableValues} and friends (or the
 * store selectors such as `selectSession`), never through its fields.
 */
export interface KeyedTable<T> {
  /** Number of entries. */
  readonly size: number;
  /** @internal The trie; its layout may change in any release. */
  readonly root: Root<T>;
}

/** Null-prototype objects, so that keys such as `constructor` or `__proto__` are plain keys. */
type Leaf<T> = Readonly<Record<string, T>>;
type Middle<T> = readonly Leaf<T>[];
type Root<T> = readonly Middle<T>[];

const WIDTH = 64;
const SHIFT = 6;
const MASK = WIDTH - 1;

function newLeaf<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const EMPTY_LEAF: Leaf<never> = Object.freeze(newLeaf<never>());
const EMPTY_MIDDLE: Middle<never> = Object.freeze(Array.from({ length: WIDTH }, () => EMPTY_LEAF));
const EMPTY: KeyedTable<never> = Object.freeze({
  size: 0,
  root: Object.freeze(Array.from({ length: WIDTH }, () => EMPTY_MIDDLE)),
});

/** 32-bit string hash (×31) with a murmur3 finalizer, so that similar ids spread evenly. */
function hashOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function has<T>(leaf: Leaf<T>, key: string): boolean {
  return Object.hasOwn(leaf, key);
}

function copyLeaf<T>(leaf: Leaf<T>): Record<string, T> {
  const copy = newLeaf<T>();
  for (const key in leaf) copy[key] = leaf[key] as T;
  return copy;
}

/** The empty table (one shared instance). */
export function emptyTable<T>(): KeyedTable<T> {
  return EMPTY;
}

/** The value stored under `key`, if any. O(1). */
export function tableGet<T>(table: KeyedTable<T>, key: string): T | undefined {
  const hash = hashOf(key);
  const leaf = table.root[hash & MASK]?.[(hash >>> SHIFT) & MASK];
  return leaf && has(leaf, key) ? leaf[key] : undefined;
}

/** Whether `key` is stored. O(1). */
export function tableHas<T>(table: KeyedTable<T>, key: string): boolean {
  const hash = hashOf(key);
  const leaf = table.root[hash & MASK]?.[(hash >>> SHIFT) & MASK];
  return leaf !== undefined && has(leaf, key);
}

/** Number of entries. O(1). */
export function tableSize<T>(table: KeyedTable<T>): number {
  return table.size;
}

/** Every key, in no particular order. O(n). */
export function tableKeys<T>(table: KeyedTable<T>): string[] {
  const keys: string[] = [];
  for (const middle of table.root) {
    if (middle === EMPTY_MIDDLE) continue;
    for (const leaf of middle) for (const key in leaf) keys.push(key);
  }
  return keys;
}

/** Every value, in no particular order. O(n). */
export function tableValues<T>(table: KeyedTable<T>): T[] {
  const values: T[] = [];
  for (const middle of table.root) {
    if (middle === EMPTY_MIDDLE) continue;
    for (const leaf of middle) for (const key in leaf) values.push(leaf[key] as T);
  }
  return values;
}

/**
 * Applies many writes at once (`undefined` deletes), copying each touched leaf and index
 * array once. Returns `table` itself when nothing changed. O(k) plus the touched leaves.
 */
export function tableUpdate<T>(
  table: KeyedTable<T>,
  changes: Iterable<readonly [key: string, value: T | undefined]>,
): KeyedTable<T> {
  let root: Middle<T>[] | null = null;
  // Arrays and leaves created by this call may be written in place.
  const own = new Set<object>();
  let size = table.size;
  for (const [key, value] of changes) {
    const hash = hashOf(key);
    const top = hash & MASK;
    const slot = (hash >>> SHIFT) & MASK;
    const middle = (root ?? table.root)[top] ?? EMPTY_MIDDLE;
    const leaf = middle[slot] ?? EMPTY_LEAF;
    const present = has(leaf, key);
    if (value === undefined ? !present : present && leaf[key] === value) continue;
    root ??= [...table.root];
    let nextMiddle = middle as Leaf<T>[];
    if (!own.has(middle)) {
      nextMiddle = [...middle];
      own.add(nextMiddle);
      root[top] = nextMiddle;
    }
    let nextLeaf = leaf as Record<string, T>;
    if (!own.has(leaf)) {
      nextLeaf = copyLeaf(leaf);
      own.add(nextLeaf);
      nextMiddle[slot] = nextLeaf;
    }
    if (value === undefined) {
      delete nextLeaf[key];
      size--;
    } else {
      if (!present) size++;
      nextLeaf[key] = value;
    }
  }
  return root ? { size, root } : table;
}

/** One write without the bookkeeping of a batch (the hot path of every store update). */
function writeOne<T>(table: KeyedTable<T>, key: string, value: T | undefined): KeyedTable<T> {
  const hash = hashOf(key);
  const top = hash & MASK;
  const slot = (hash >>> SHIFT) & MASK;
  const middle = table.root[top] ?? EMPTY_MIDDLE;
  const leaf = middle[slot] ?? EMPTY_LEAF;
  const present = has(leaf, key);
  if (value === undefined ? !present : present && leaf[key] === value) return table;
  const nextLeaf = copyLeaf(leaf);
  if (value === undefined) delete nextLeaf[key];
  else nextLeaf[key] = value;
  const nextMiddle = [...middle];
  nextMiddle[slot] = nextLeaf;
  const root = [...table.root];
  root[top] = nextMiddle;
  const size = table.size + (value === undefined ? -1 : present ? 0 : 1);
  return { size, root };
}

/** A table with `value` under `key`; `table` itself when it already holds that value. */
export function tableSet<T>(table: KeyedTable<T>, key: string, value: T): KeyedTable<T> {
  return writeOne(table, key, value);
}

/** A table without `key`; `table` itself when the key is absent. */
export function tableDelete<T>(table: KeyedTable<T>, key: string): KeyedTable<T> {
  return writeOne<T>(table, key, undefined);
}

/** A table of the given entries (later duplicates win). */
export function tableFrom<T>(entries: Iterable<readonly [key: string, value: T]>): KeyedTable<T> {
  return tableUpdate(emptyTable<T>(), entries);
}
