/**
 * The size budget the test command enforces: the minimal app's gzipped JS and CSS, React
 * excluded, must stay within size-budget.json.
 */
import { measureBundle } from './bundle.ts';

const rows = await measureBundle();
let over = false;
for (const row of rows) {
  const kib = row.gzip / 1024;
  const ok = kib <= row.budget;
  over ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${row.name}: ${kib.toFixed(1)} KiB gzip (budget ${row.budget} KiB)`,
  );
}
if (over) {
  console.error('Bundle over budget: see bench/size-budget.json');
  process.exit(1);
}
