import { createTeamRoom } from '../createTeamRoom.ts';
import { type Balancer, startBalancer } from '../startBalancer.ts';
import { type EjabberdCluster, startEjabberd } from '../startEjabberd.ts';

/** The cluster a load run uses, with one failover load balancer per node. */
export interface LoadCluster {
  cluster: EjabberdCluster;
  domain: string;
  /** `balancers[i]` prefers node i and fails over to the others. */
  balancers: Balancer[];
  /** WebSocket endpoint through balancer `i`. */
  service(i: number): string;
  stop(): Promise<void>;
}

/** Runs `work` over `items`, at most `width` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += width) {
    await Promise.all(items.slice(i, i + width).map(work));
  }
}

/**
 * A two-node cluster (or `nodes`) on 127.0.0.1 behind failover balancers, like a WebSocket load
 * balancer with health checks: a connection goes to its preferred node while that node
 * accepts, and to another one when it does not.
 */
export async function startLoadCluster(nodes: number): Promise<LoadCluster> {
  const domain = 'load.localhost';
  const cluster = await startEjabberd({ nodes, hosts: [domain] });
  const ports = cluster.nodes.map((n) => n.httpPort);
  const balancers = await Promise.all(
    ports.map((_, i) => startBalancer([...ports.slice(i), ...ports.slice(0, i)])),
  );
  return {
    cluster,
    domain,
    balancers,
    service: (i) => `ws://127.0.0.1:${balancers[i]?.port}/xmpp-websocket`,
    async stop() {
      await Promise.all(balancers.map((b) => b.close()));
      await cluster.stop();
    },
  };
}

/**
 * Registers the accounts and creates the team rooms (owner first), a few at a time, through
 * alternating nodes: a room lives on the node that created it, so both nodes host some.
 */
export async function provision(
  load: LoadCluster,
  accounts: readonly string[],
  teams: ReadonlyMap<string, readonly string[]>,
  password: (account: string) => string,
): Promise<void> {
  await inBatches(accounts, 20, (a) => load.cluster.register(a, load.domain, password(a)));
  const rooms = [...teams].map((team, i) => ({ team, node: i % load.balancers.length }));
  await inBatches(rooms, 4, async ({ team: [teamId, [owner = '', ...members]], node }) => {
    await createTeamRoom(
      {
        domain: load.domain,
        mucDomain: `conference.${load.domain}`,
        websocketUrl: load.service(node),
      },
      teamId,
      { username: owner, password: password(owner) },
      members,
    );
  });
}
