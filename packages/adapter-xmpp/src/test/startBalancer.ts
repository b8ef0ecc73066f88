import { connect, createServer, type Socket } from 'node:net';
import { listenOnLoopback } from './ports.ts';

/** A loopback load balancer with health checks, for a cluster's WebSocket endpoints. */
export interface Balancer {
  port: number;
  close(): Promise<void>;
}

/** Connects to the first of `ports` on 127.0.0.1 that accepts, or rejects when none does. */
function connectFirst(ports: readonly number[]): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const attempt = (i: number) => {
      const port = ports[i];
      if (port === undefined) {
        reject(new Error(`no node accepts on ${ports.join(', ')}`));
        return;
      }
      const upstream = connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        resolve(upstream);
      });
      upstream.once('error', () => attempt(i + 1));
    };
    attempt(0);
  });
}

/**
 * Starts a TCP balancer on a free loopback port that sends each new connection to the first
 * of `ports` that accepts it: its preferred node while that node is up, another one when it is
 * not, as a load balancer whose health check took a stopped node out of the pool.
 */
export async function startBalancer(ports: readonly number[]): Promise<Balancer> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.setNoDelay(true);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server = createServer((client) => {
    track(client);
    client.pause(); // what the client sends first waits for the node
    connectFirst(ports).then(
      (upstream) => {
        track(upstream);
        if (client.destroyed) upstream.destroy();
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.resume();
      },
      () => client.destroy(),
    );
  });
  return {
    port: await listenOnLoopback(server),
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
