/**
 * Parley's benchmark driver: builds the bench page, serves it on 127.0.0.1, drives Debian's
 * Chromium through playwright-core, runs every scenario once to warm up and then `RUNS`
 * times in a fresh page, and writes medians (with the ratio to the bare-list baseline
 * measured in the same run) to results/latest.json and results/latest.md.
 *
 *   pnpm bench                 # all scenarios
 *   pnpm bench list append     # some of them
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, launchChromium, serveStatic } from '../scripts/browser.ts';
import { measureBundle } from './bundle.ts';
import { SCENARIOS, type ScenarioSpec } from './src/scenarios.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

type Metrics = Record<string, number>;

/** The browser the numbers come from, filled in by the first run. */
let chromium = '';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function runOnce(url: string, spec: ScenarioSpec, impl: string): Promise<Metrics> {
  const browser = await launchChromium();
  chromium ||= browser.version();
  try {
    const page = await browser.newPage({ viewport: spec.viewport });
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await page.goto(`${url}?scenario=${spec.id}&impl=${impl}`);
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 60_000 });
    return await page.evaluate(() =>
      (window as unknown as { bench: { run(): Promise<Metrics> } }).bench.run(),
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  const only = process.argv.slice(2);
  const specs = SCENARIOS.filter((s) => only.length === 0 || only.includes(s.id));
  ensureChromium();
  console.log('building the bench page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: here, stdio: 'inherit' });
  const server = await serveStatic(join(here, 'dist'));
  const results: Record<string, Record<string, Metrics>> = {};
  try {
    for (const spec of specs) {
      const byImpl: Record<string, Metrics> = {};
      results[spec.id] = byImpl;
      for (const impl of spec.impls) {
        process.stdout.write(`${spec.id} / ${impl}: warm-up`);
        await runOnce(server.url, spec, impl);
        const runs: Metrics[] = [];
        for (let i = 0; i < RUNS; i++) {
          process.stdout.write(` ${i + 1}`);
          runs.push(await runOnce(server.url, spec, impl));
        }
        process.stdout.write('\n');
        const keys = Object.keys(runs[0] ?? {});
        byImpl[impl] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));
      }
    }
  } finally {
    await server.close();
  }
  const bundle = only.length === 0 || only.includes('bundle') ? await measureBundle() : undefined;
  const outDir = join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium,
    cores: cpus().length,
    results,
    bundle,
  };
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = toMarkdown(specs, results, bundle);
  writeFileSync(join(outDir, 'latest.md'), md);
  console.log(`\n${md}`);
}

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function toMarkdown(
  specs: ScenarioSpec[],
  results: Record<string, Record<string, Metrics>>,
  bundle: Awaited<ReturnType<typeof measureBundle>> | undefined,
): string {
  const browser = chromium ? `Chromium ${chromium}` : 'Chromium';
  const lines = [
    `Medians of ${RUNS} runs after a warm-up, ${browser} headless, ${cpus().length} cores.`,
    '',
  ];
  for (const spec of specs) {
    const byImpl = results[spec.id] ?? {};
    const parley = byImpl.parley ?? {};
    const baseline = byImpl.baseline;
    lines.push(`### ${spec.title}`, '');
    lines.push(baseline ? '| metric | Parley | baseline | ratio |' : '| metric | Parley |');
    lines.push(baseline ? '| --- | ---: | ---: | ---: |' : '| --- | ---: |');
    for (const [key, value] of Object.entries(parley)) {
      const base = baseline?.[key];
      if (baseline) {
        const ratio = base ? format(value / base) : '–';
        lines.push(
          `| ${key} | ${format(value)} | ${base === undefined ? '–' : format(base)} | ${ratio} |`,
        );
      } else {
        lines.push(`| ${key} | ${format(value)} |`);
      }
    }
    lines.push('');
  }
  if (bundle) {
    lines.push('### Bundle (minimal app: list + pane + input, React external)', '');
    lines.push('| asset | raw KiB | gzip KiB | budget gzip KiB |', '| --- | ---: | ---: | ---: |');
    for (const row of bundle) {
      lines.push(
        `| ${row.name} | ${format(row.raw / 1024)} | ${format(row.gzip / 1024)} | ${row.budget ?? '–'} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
