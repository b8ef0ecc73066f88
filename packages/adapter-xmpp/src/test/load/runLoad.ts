import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { waitUntil } from '../ports.ts';
import { Ledger, type Phase, type Tally } from './Ledger.ts';
import { LoadUser } from './LoadUser.ts';
import { inBatches, provision, startLoadCluster } from './loadCluster.ts';
import { percentiles } from './percentile.ts';

/** One load run's shape. Every duration is bounded; nothing waits without a deadline. */
export interface LoadOptions {
  /** Simulated users, split evenly over the two nodes. */
  users: number;
  /** Messages each user sends per second (Poisson arrivals, open loop). */
  rate: number;
  /** Share of messages that go to the sender's team instead of a random peer. */
  teamShare: number;
  /** Members per team; each team has members on both nodes. */
  teamSize: number;
  /** Seconds of traffic before the node restart (the latency the table reports). */
  steadyS: number;
  /** Seconds node 2 stays down once it has stopped (0: no restart). */
  downS: number;
  /** Kill node 2 (SIGKILL, a crash) instead of stopping it cleanly (SIGTERM). */
  crash: boolean;
  /** Seconds of traffic after node 2 is back. */
  afterS: number;
  /** Most seconds to wait for the last deliveries once traffic stops. */
  drainS: number;
  /** Seconds a team room may stay silent before a client checks it is still in it. */
  roomCheckS: number;
}

/** What one run measured. */
export interface LoadResult {
  options: LoadOptions;
  tally: Tally;
  /** Messages offered per second (all users). */
  offeredPerS: number;
  /**
   * The clients that lost their connection when node 2 stopped: how long, ms, from the stop
   * until each was connected for good, and how many drops they had (a client that lands on
   * the stopping node again drops twice).
   */
  reconnect: { clients: number; drops: number; p50: number; max: number; never: number };
  /** Peak resident memory of each node, MB. */
  rssMb: number[];
  /** 1-minute load average when the traffic started and when it stopped. */
  loadAvg: [number, number];
  /** p99 event-loop delay of the process hosting every client, ms (is the generator saturated?). */
  clientLoopP99: number;
}

const password = (account: string) => `pw-${account}`;
const log = (text: string) => process.stderr.write(`${text}\n`);
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const wait = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

/** Exponential inter-arrival time for `rate` events per second, ms. */
const nextGap = (rate: number) => (-Math.log(1 - Math.random()) / rate) * 1000;

/** Consecutive users in teams of `size` (a last team of one is left out). */
function formTeams(names: readonly string[], size: number): Map<string, string[]> {
  const teams = new Map<string, string[]>();
  for (let i = 0; i < names.length; i += size) {
    const members = names.slice(i, i + size);
    if (members.length > 1) teams.set(`team${teams.size + 1}`, members);
  }
  return teams;
}

/**
 * One load run on a fresh two-node cluster: provision, log everyone in (user i on node i % 2),
 * warm up (every user sends to its team, so all rooms are joined), steady p2p and team
 * traffic, node 2 stopped and restarted mid-traffic (its clients fail over to node 1), traffic
 * after it is back, then a drain that waits for every accepted message to reach every
 * recipient.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const load = await startLoadCluster(2);
  const ledger = new Ledger();
  const rssMax = load.cluster.nodes.map(() => 0);
  let users: LoadUser[] = [];
  const sampler = setInterval(() => {
    load.cluster.nodes.forEach((node, i) => {
      rssMax[i] = Math.max(rssMax[i] ?? 0, node.rss() / 2 ** 20);
    });
  }, 1000);
  try {
    const names = Array.from({ length: options.users }, (_, i) => `u${i}`);
    const teams = formTeams(names, options.teamSize);
    const teamOf = new Map([...teams].flatMap(([id, members]) => members.map((m) => [m, id])));
    await provision(load, names, teams, password);
    users = names.map(
      (name, i) =>
        new LoadUser(
          {
            name,
            service: load.service(i % 2),
            domain: load.domain,
            password: password(name),
            roomCheckMs: options.roomCheckS * 1000,
          },
          ledger,
        ),
    );
    await inBatches(users, 10, async (u) => {
      await u.adapter.connect();
    });
    log(`  ${options.users} users signed in, ${teams.size} teams (${elapsed(started)})`);

    const teamSends = new Set<string>();
    const send = (user: LoadUser, phase: Phase, toTeam: boolean) => {
      const team = teamOf.get(user.name);
      if (team && toTeam) {
        const members = teams.get(team) ?? [];
        teamSends.add(
          user.send(
            'team',
            team,
            members.filter((m) => m !== user.name),
            phase,
          ),
        );
        return;
      }
      let peer = user;
      while (peer === user) peer = users[Math.floor(Math.random() * users.length)] ?? user;
      user.send('p2p', peer.name, [peer.name], phase);
    };
    const settled = (what: string, seconds: number) =>
      waitUntil(
        async () => ledger.pending() === 0 && users.every((u) => u.unsettled === 0),
        `${what}: deliveries still missing`,
        { timeoutMs: seconds * 1000 },
      );
    // Failed sends wait in each user's outbox; resend them as Parley's outbox does.
    const retrier = setInterval(() => {
      for (const u of users) if (u.connected) u.flush();
    }, 1000);
    for (const u of users) send(u, 'warmup', true);
    await settled('warm-up', 120);

    const loadStart = loadavg()[0] ?? 0;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let phase: Phase = 'steady';
    const next = new Map(users.map((u) => [u, performance.now() + nextGap(options.rate)]));
    const ticker = setInterval(() => {
      const now = performance.now();
      for (const [user, at] of next) {
        if (at > now) continue;
        next.set(user, at + nextGap(options.rate));
        send(user, phase, Math.random() < options.teamShare);
      }
    }, 10);

    await wait(options.steadyS);
    log(`  steady: p95 ${ledger.tally().latency.steady.p95.toFixed(0)} ms (${elapsed(started)})`);
    let stopAt = Number.POSITIVE_INFINITY;
    const node = load.cluster.nodes[1];
    if (options.downS > 0 && node) {
      phase = 'failover';
      stopAt = performance.now();
      await (options.crash ? node.crash() : node.stop());
      log(`  node 2 ${options.crash ? 'killed' : 'stopped'} in ${elapsed(stopAt)}`);
      await wait(options.downS);
      const restart = performance.now();
      await node.start();
      log(`  node 2 back in the cluster in ${elapsed(restart)}`);
    }
    await wait(options.afterS);
    clearInterval(ticker);
    const loadEnd = loadavg()[0] ?? 0;
    loop.disable();
    const drained = await settled('drain', options.drainS).then(
      () => true,
      (error: unknown) => {
        log(`  ${String(error)}: ${ledger.pending()}`);
        return false;
      },
    );
    clearInterval(retrier);
    log(`  ${drained ? 'drained' : 'not drained'} (${elapsed(started)})`);
    const failures = new Map<string, number>();
    for (const u of users) {
      for (const [key, n] of u.failures) failures.set(key, (failures.get(key) ?? 0) + n);
    }
    const failed = [...failures].map(([key, n]) => `${key} ×${n}`).join(', ');
    log(`  failed send attempts, all resent: ${failed || 'none'}`);
    const waiting = users.reduce((n, u) => n + u.waiting, 0);
    const outboxed = users.reduce((n, u) => n + u.unsettled, 0) - waiting;
    if (waiting + outboxed > 0) {
      log(
        `  not accepted: ${waiting} still unanswered, ${outboxed} failed and waiting to be resent`,
      );
    }
    // Where the missing arrivals were: team or p2p, to which node's clients, back or not.
    const notBack = new Set(users.filter((u) => !u.connected).map((u) => u.name));
    const where = new Map<string, number>();
    for (const m of ledger.missing(Number.POSITIVE_INFINITY)) {
      const node = (Number(m.recipient.slice(1)) % 2) + 1;
      const key = `${teamSends.has(m.idClient) ? 'team' : 'p2p'} to node ${node} (${
        notBack.has(m.recipient) ? 'client not back' : 'client connected'
      })`;
      where.set(key, (where.get(key) ?? 0) + 1);
    }
    if (where.size > 0) {
      log(`  missing: ${[...where].map(([key, n]) => `${key} ×${n}`).join(', ')}`);
    }
    for (const m of ledger.missing(20)) {
      const at = ((m.sentAt - stopAt) / 1000).toFixed(1);
      log(`  missing: ${m.idClient} (${m.phase}, ${at} s after the stop) for ${m.recipient}`);
    }

    const hit = users.map((u) => u.drops.filter((d) => d.lostAt >= stopAt)).filter((d) => d.length);
    const back = hit.flatMap((d) => {
      const last = d.at(-1)?.backAt;
      return last === undefined ? [] : [last - stopAt];
    });
    const [p50 = 0, max = 0] = percentiles(back, [0.5, 1]);
    return {
      options,
      tally: ledger.tally(),
      offeredPerS: options.users * options.rate,
      reconnect: {
        clients: hit.length,
        drops: hit.flat().length,
        p50,
        max,
        never: hit.length - back.length,
      },
      rssMb: rssMax,
      loadAvg: [loadStart, loadEnd],
      clientLoopP99: loop.percentile(99) / 1e6,
    };
  } finally {
    clearInterval(sampler);
    await inBatches(users, 20, (u) => u.adapter.disconnect());
    await load.stop();
  }
}
