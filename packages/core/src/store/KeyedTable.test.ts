import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyTable,
  type KeyedTable,
  tableDelete,
  tableFrom,
  tableGet,
  tableHas,
  tableKeys,
  tableSet,
  tableSize,
  tableUpdate,
  tableValues,
} from './KeyedTable.ts';

function contents<T>(table: KeyedTable<T>): [string, T][] {
  return tableKeys(table)
    .sort()
    .map((key) => [key, tableGet(table, key) as T]);
}

describe('KeyedTable', () => {
  it('stores, replaces and deletes entries', () => {
    const a = tableSet(emptyTable<number>(), 'p2p-a', 1);
    const b = tableSet(a, 'p2p-b', 2);
    const c = tableSet(b, 'p2p-a', 3);
    expect(tableGet(c, 'p2p-a')).toBe(3);
    expect(tableGet(c, 'p2p-b')).toBe(2);
    expect(tableSize(c)).toBe(2);
    const d = tableDelete(c, 'p2p-a');
    expect(tableHas(d, 'p2p-a')).toBe(false);
    expect(tableGet(d, 'p2p-a')).toBeUndefined();
    expect(tableSize(d)).toBe(1);
    // Earlier versions are untouched.
    expect(tableGet(a, 'p2p-a')).toBe(1);
    expect(tableSize(a)).toBe(1);
    expect(tableGet(b, 'p2p-a')).toBe(1);
  });

  it('returns the same table when a write changes nothing', () => {
    const value = { id: 'x' };
    const table = tableSet(emptyTable<{ id: string }>(), 'x', value);
    expect(tableSet(table, 'x', value)).toBe(table);
    expect(tableDelete(table, 'missing')).toBe(table);
    expect(tableUpdate(table, [['x', value]])).toBe(table);
    expect(tableUpdate(table, [])).toBe(table);
  });

  it('treats prototype names as ordinary keys', () => {
    const table = tableFrom([
      ['constructor', 1],
      ['__proto__', 2],
    ]);
    expect(tableGet(table, 'constructor')).toBe(1);
    expect(tableGet(table, '__proto__')).toBe(2);
    expect(tableGet(table, 'toString')).toBeUndefined();
    expect(tableHas(emptyTable(), 'hasOwnProperty')).toBe(false);
    expect(tableSize(table)).toBe(2);
  });

  it('keeps untouched entries and leaves when one of 10,000 changes', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => [`p2p-u${i}`, { i }] as const);
    const table = tableFrom(entries);
    const next = tableSet(table, 'p2p-u5000', { i: -1 });
    expect(tableSize(next)).toBe(10_000);
    expect(tableGet(next, 'p2p-u5000')).toEqual({ i: -1 });
    expect(tableGet(next, 'p2p-u4999')).toBe(tableGet(table, 'p2p-u4999'));
    const shared = next.root.filter((middle, i) => middle === table.root[i]).length;
    expect(shared).toBe(next.root.length - 1);
  });

  it('lists every key and value once', () => {
    const table = tableFrom(Array.from({ length: 500 }, (_, i) => [`k${i}`, i] as const));
    expect(tableKeys(table)).toHaveLength(500);
    expect(new Set(tableKeys(table)).size).toBe(500);
    expect(tableValues(table).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 500 }, (_, i) => i),
    );
  });

  it('behaves like a Map under any sequence of writes (property)', () => {
    const key = fc.oneof(
      fc.constantFrom('constructor', '__proto__', 'toString', ''),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 300 }).map((i) => `p2p-u${i}`),
    );
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, value: fc.integer() }),
      fc.record({ kind: fc.constant('delete' as const), key }),
      fc.record({
        kind: fc.constant('batch' as const),
        changes: fc.array(fc.tuple(key, fc.option(fc.integer(), { nil: undefined })), {
          maxLength: 20,
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const model = new Map<string, number>();
        let table = emptyTable<number>();
        const versions: [KeyedTable<number>, [string, number][]][] = [];
        for (const step of ops) {
          if (step.kind === 'set') {
            model.set(step.key, step.value);
            table = tableSet(table, step.key, step.value);
          } else if (step.kind === 'delete') {
            model.delete(step.key);
            table = tableDelete(table, step.key);
          } else {
            for (const [k, v] of step.changes) {
              if (v === undefined) model.delete(k);
              else model.set(k, v);
            }
            table = tableUpdate(table, step.changes);
          }
          versions.push([table, [...model.entries()].sort(([a], [b]) => (a < b ? -1 : 1))]);
        }
        // Every version still shows exactly what the model held at that point.
        for (const [version, expected] of versions) {
          expect(contents(version)).toEqual(expected);
          expect(tableSize(version)).toBe(expected.length);
          for (const [k, v] of expected) expect(tableGet(version, k)).toBe(v);
        }
      }),
      { numRuns: 300 },
    );
  });
});
