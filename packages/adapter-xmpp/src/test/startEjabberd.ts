import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EjabberdNode } from './EjabberdNode.ts';
import { freePort, isListening, waitUntil } from './ports.ts';
import { ServerProcess } from './ServerProcess.ts';

/** A running private ejabberd: one node, or several joined into one cluster. */
export interface EjabberdCluster {
  /** The nodes; `nodes[0]` is the one the others joined. */
  nodes: EjabberdNode[];
  /** The virtual hosts every node serves. */
  readonly hosts: readonly string[];
  /** Adds virtual hosts to every node, without a restart. */
  addHosts(hosts: readonly string[]): Promise<void>;
  /** Creates an account (idempotent); Mnesia replicates it to every node. */
  register(username: string, host: string, password: string): Promise<void>;
  /** Stops every node and the run's epmd by PID and removes their files. */
  stop(): Promise<void>;
}

/** What {@link startEjabberd} starts. */
export interface EjabberdOptions {
  /** Nodes on this machine, joined into one cluster. Default 1. */
  nodes?: number;
  /** Virtual hosts. Default `['localhost']`. */
  hosts?: readonly string[];
}

/**
 * Starts private ejabberd nodes on 127.0.0.1: each with its own Erlang node name, free ports
 * and spool directory, all under one temporary directory, registered with an epmd of their
 * own (a private port, so runs side by side never meet). Nodes after the first join the
 * first's cluster with `ejabberdctl join_cluster`.
 */
export async function startEjabberd({
  nodes: count = 1,
  hosts = ['localhost'],
}: EjabberdOptions = {}): Promise<EjabberdCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ejabberd-'));
  const id = randomBytes(4).toString('hex');
  const epmdPort = await freePort();
  const epmd = ServerProcess.spawn('epmd', ['-port', String(epmdPort), '-address', '127.0.0.1']);
  const nodes: EjabberdNode[] = [];
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await epmd.stop();
    if (process.env.PARLEY_KEEP_EJABBERD) console.log(`ejabberd files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(() => isListening(epmdPort), `epmd did not listen on ${epmdPort}`, {
      failed: () => (epmd.running ? undefined : 'epmd exited; is erlang-base installed?'),
    });
    const distribution = { epmdPort, cookie: randomBytes(16).toString('hex') };
    for (let i = 1; i <= count; i++) {
      const config = { hosts, c2sPort: await freePort(), httpPort: await freePort() };
      nodes.push(
        new EjabberdNode(
          `parley-${id}-${i}@127.0.0.1`,
          join(dir, `node${i}`),
          config,
          distribution,
        ),
      );
    }
    await Promise.all(nodes.map((node) => node.start()));
    const [first, ...others] = nodes;
    if (!first) throw new Error('an ejabberd cluster needs at least one node');
    for (const node of others) {
      // Joining restarts ejabberd on the joining node with the cluster's Mnesia tables.
      await node.ctl('join_cluster', first.name);
      await node.ready();
    }
    if (others.length > 0) {
      const listed = await first.ctl('list_cluster');
      for (const node of nodes) {
        if (!listed.includes(node.name)) throw new Error(`${node.name} is not in the cluster`);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const [first] = nodes as [EjabberdNode, ...EjabberdNode[]];
  let served = hosts;
  return {
    nodes,
    get hosts() {
      return served;
    },
    async addHosts(more) {
      served = [...served, ...more];
      for (const node of nodes) await node.setHosts(served);
    },
    async register(username, host, password) {
      const answer = await first
        .api('register', { user: username, host, password })
        .catch((error: unknown) => String(error));
      if (typeof answer === 'string' && /successfully registered|already registered/.test(answer))
        return;
      throw new Error(`registration of ${username}@${host} failed: ${JSON.stringify(answer)}`);
    },
    stop,
  };
}
