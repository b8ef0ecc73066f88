import type { LoadResult } from './runLoad.ts';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

/** The results as a Markdown table, one row per run, ready to paste into the docs. */
export function loadTable(results: readonly LoadResult[]): string {
  const header = [
    'users',
    'msg/s',
    'accepted',
    'delivered',
    'lost',
    'dup',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'failover p95 / max ms',
    'back after stop p50 / max ms (clients, drops)',
    'RSS MB node 1 / 2',
    'load avg start / end',
    'client loop p99 ms',
  ];
  const rows = results.map((r) => {
    const { tally: t, reconnect: c } = r;
    return [
      String(r.options.users),
      r.offeredPerS.toFixed(0),
      t.unsent ? `${t.accepted} (+${t.unsent} never accepted)` : String(t.accepted),
      `${t.delivered} / ${t.expected}`,
      String(t.lost),
      String(t.duplicated),
      ms(t.latency.steady.p50),
      ms(t.latency.steady.p95),
      ms(t.latency.steady.p99),
      `${ms(t.latency.failover.p95)} / ${ms(t.latency.failover.max)}`,
      `${ms(c.p50)} / ${ms(c.max)} (${c.clients}, ${c.drops}${c.never ? `, ${c.never} never back` : ''})`,
      r.rssMb.map((m) => m.toFixed(0)).join(' / '),
      r.loadAvg.map((l) => l.toFixed(1)).join(' / '),
      ms(r.clientLoopP99),
    ];
  });
  // Padded as the repo's formatter lays Markdown tables out, so a pasted table stays as is.
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = widths.map((w) => '-'.repeat(w));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
