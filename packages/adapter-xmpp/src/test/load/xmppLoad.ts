// The XMPP adapter under load on a two-node ejabberd cluster on 127.0.0.1. From the repo root:
//   pnpm xmpp-load                      # 50, 100, 150… users until p95 reaches 250 ms
//   pnpm xmpp-load --users 50,100 --steady 30 --crash
// Options: --users a,b,c | --step 50 --max 400 --target 250; --rate (msg/s per user),
// --team-share, --team-size, --steady, --down, --after, --drain, --room-check (seconds), --crash.
// Progress goes to stderr, the Markdown table to stdout. See docs/scaling-xmpp.md.
import '../setup.ts';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ensureEjabberd } from '../ensureEjabberd.ts';
import { loadTable } from './loadTable.ts';
import { type LoadOptions, type LoadResult, runLoad } from './runLoad.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '' },
    step: { type: 'string', default: '50' },
    max: { type: 'string', default: '400' },
    target: { type: 'string', default: '250' },
    rate: { type: 'string', default: '0.2' },
    'team-share': { type: 'string', default: '0.3' },
    'team-size': { type: 'string', default: '10' },
    steady: { type: 'string', default: '20' },
    down: { type: 'string', default: '5' },
    crash: { type: 'boolean', default: false },
    after: { type: 'string', default: '10' },
    drain: { type: 'string', default: '60' },
    'room-check': { type: 'string', default: '30' },
  },
});

function number(name: keyof typeof values, min: number, max: number): number {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`--${name} must be a number in ${min}..${max}, not "${values[name]}"`);
  }
  return value;
}

const status = ensureEjabberd();
if (!status.ok) throw new Error(`The load run needs ejabberd: ${status.reason}`);

const shape: Omit<LoadOptions, 'users'> = {
  rate: number('rate', 0.01, 20),
  teamShare: number('team-share', 0, 1),
  teamSize: number('team-size', 2, 100),
  steadyS: number('steady', 1, 600),
  downS: number('down', 0, 120),
  crash: values.crash === true,
  afterS: number('after', 0, 600),
  drainS: number('drain', 1, 600),
  roomCheckS: number('room-check', 1, 600),
};
const target = number('target', 1, 60_000);
const listed = values.users ? values.users.split(',').map(Number) : [];
if (listed.some((n) => !Number.isInteger(n) || n < 2 || n > 2000)) {
  throw new Error('--users takes a list of whole numbers in 2..2000, e.g. 50,100,150');
}
const step = number('step', 1, 1000);
const max = number('max', 2, 2000);

process.stderr.write(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores\n`,
);
/** The next user count: the list's, or one step more while p95 stays under the target. */
function nextCount(done: LoadResult[]): number | undefined {
  const last = done.at(-1);
  if (listed.length > 0) return listed[done.length];
  if (!last) return 50;
  const more = last.options.users + step;
  return last.tally.latency.steady.p95 < target && more <= max ? more : undefined;
}

// An exception thrown inside a client library must not end the run: it is counted and
// reported with the table, and the ledger shows what it cost.
const uncaught = new Map<string, number>();
process.on('uncaughtException', (error) => {
  const key = String(error);
  uncaught.set(key, (uncaught.get(key) ?? 0) + 1);
  process.stderr.write(`  uncaught in a client: ${error.stack ?? key}\n`);
});

async function main(): Promise<void> {
  const results: LoadResult[] = [];
  for (let users = nextCount(results); users !== undefined; users = nextCount(results)) {
    process.stderr.write(`run with ${users} users\n`);
    const result = await runLoad({ ...shape, users });
    results.push(result);
    process.stderr.write(`${loadTable([result])}\n`);
  }
  console.log(
    `Two ejabberd nodes and every client on one ${cpus().length}-core machine, 127.0.0.1; ` +
      `${shape.rate} msg/s per user (${shape.teamShare * 100}% to a team of ${shape.teamSize}), ` +
      `${shape.steadyS} s steady (the latency columns), then node 2 ` +
      `${shape.crash ? 'killed (SIGKILL)' : 'stopped (SIGTERM)'} for ${shape.downS} s and restarted, ` +
      `${shape.afterS} s more, drained; rooms checked after ${shape.roomCheckS} s of silence.\n`,
  );
  console.log(loadTable(results));
  for (const [error, count] of uncaught) {
    console.log(`\nUncaught in the clients, ${count}×: ${error}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
