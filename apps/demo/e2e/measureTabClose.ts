/**
 * How many messages survive a tab closed 0–10 ms after Enter, in Chromium over the built demo.
 *
 *   npx tsx apps/demo/e2e/measureTabClose.ts [rounds per delay, default 5] [dist dir]
 *
 * Builds the demo unless a dist directory is given, then for each delay of 0..10 ms sends a
 * message, closes the tab, reopens the demo and counts what it shows: sent (once), failed
 * (with Resend), lost, duplicated or still sending.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../../../scripts/browser.ts';
import { type AfterClose, closeMidSend } from './closeMidSend.ts';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 5);
let dist = process.argv[3];
if (!dist) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: demo, stdio: 'inherit' });
  dist = join(demo, 'dist');
}
const server = await serveStatic(dist);
const browser = await launchChromium();
const counts: Record<AfterClose, number> = {
  sent: 0,
  failed: 0,
  lost: 0,
  duplicated: 0,
  sending: 0,
};
try {
  for (let delay = 0; delay <= 10; delay++) {
    const outcomes: AfterClose[] = [];
    for (let round = 0; round < rounds; round++) {
      const outcome = await closeMidSend(
        browser,
        server.url,
        `closed ${delay} ms #${round}`,
        delay,
      );
      outcomes.push(outcome);
      counts[outcome] += 1;
    }
    console.log(`${String(delay).padStart(2)} ms: ${outcomes.join(' ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
