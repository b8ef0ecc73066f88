/**
 * The size budget the test command enforces: the minimal app's gzipped initial JS (what the
 * first render waits for), its total JS (with the lazily loaded menus, popovers, dialogs and
 * link matcher), one lazily loaded locale (an app downloads the one it shows) and its CSS,
 * React excluded, must stay within size-budget.json.
 */
import { measureBundle } from './bundle.ts';

const rows = await measureBundle();
let over = false;
for (const row of rows) {
  const kib = row.gzip / 1024;
  const ok = row.budget === undefined || kib <= row.budget;
  over ||= !ok;
  const budget = row.budget === undefined ? '' : ` (budget ${row.budget} KiB)`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${row.name}: ${kib.toFixed(1)} KiB gzip${budget}`);
}
if (over) {
  console.error('Bundle over budget: see bench/size-budget.json');
  process.exit(1);
}
