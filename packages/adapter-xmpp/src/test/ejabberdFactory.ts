import type { ConformanceFactory } from '@parley/core/testing';
import type { EjabberdCluster } from './startEjabberd.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';
import { type XmppBackend, xmppFactory } from './xmppFactory.ts';

/** Virtual hosts added to the cluster at a time when every one has been used. */
export const HOST_BATCH = 48;

/** The `n`th batch of fresh virtual hosts. */
export function hostBatch(n: number): string[] {
  return Array.from({ length: HOST_BATCH }, (_, i) => `v${n * HOST_BATCH + i + 1}.localhost`);
}

/**
 * The node (index) an account's devices connect to: alice on the first, bob on the second,
 * any other account by a stable hash of its name, so a test's accounts and team members sit on
 * both nodes of a cluster.
 */
export function nodeOf(account: string, nodes: number): number {
  if (account === 'alice') return 0;
  if (account === 'bob') return 1 % nodes;
  let hash = 0;
  for (const char of account) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % nodes;
}

/**
 * Conformance factory on a running ejabberd (one node or a cluster) started with the hosts of
 * {@link hostBatch}: every test gets the next unused virtual host, as empty as a fresh server
 * without the seconds an Erlang node takes to start; when all are used, the next batch is
 * added. Accounts are spread over the nodes by {@link nodeOf}.
 */
export function ejabberdFactory(
  cluster: () => EjabberdCluster,
  onBackend?: (backend: XmppBackend<XmppEndpoint>) => void,
): ConformanceFactory {
  let used = 0;
  return xmppFactory(async () => {
    const c = cluster();
    if (used >= c.hosts.length) await c.addHosts(hostBatch(Math.floor(used / HOST_BATCH)));
    const domain = c.hosts[used] ?? '';
    used += 1;
    const service = (account: string) =>
      c.nodes[nodeOf(account, c.nodes.length)]?.websocketUrl ?? '';
    return {
      server: { domain, mucDomain: `conference.${domain}`, websocketUrl: service('alice') },
      serviceFor: service,
      register: (account, password) => c.register(account, domain, password),
      close: async () => undefined,
    };
  }, onBackend);
}
