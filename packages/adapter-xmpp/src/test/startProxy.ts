import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy whose connections can be cut or stalled, to simulate a bad network. */
export interface Proxy {
  port: number;
  /** Destroys every open connection (no stream close, like a dropped network). */
  cut(): void;
  /**
   * Cuts every connection as soon as the client sends data that `match` accepts, once; for
   * plain TCP (`xmpp://`) streams, whose client data is readable. Resolves once it cut.
   */
  cutWhen(match: (sent: string) => boolean): Promise<void>;
  /** From now on nothing passes either way, though the sockets stay open (a silent peer). */
  stall(): void;
  /** Lets through what `stall` held back, and everything after it. */
  resume(): void;
  /**
   * From now on new connections are accepted and never answered, nor passed on (a server too
   * busy to open the stream); `release` passes the later ones on again. Returns how many it
   * holds so far.
   */
  hold(): () => number;
  release(): void;
  /** Everything the server sent through the proxy so far, as text. */
  received(): string;
  close(): Promise<void>;
}

export function startProxy(targetPort: number): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const downstream: Buffer[] = [];
  let trigger: { match: (sent: string) => boolean; done: () => void } | null = null;
  let stalled = false;
  let holding = false;
  let heldConnections = 0;
  const held: (() => void)[] = [];
  const cut = () => {
    for (const s of sockets) s.destroy();
  };
  const server = createServer((client) => {
    if (holding) {
      heldConnections += 1;
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => client.destroy());
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.on('data', (chunk: Buffer) => {
      if (stalled) {
        held.push(() => upstream.write(chunk));
        return;
      }
      if (trigger?.match(chunk.toString('utf8'))) {
        const { done } = trigger;
        trigger = null;
        cut();
        done();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (stalled) {
        held.push(() => client.write(chunk));
        return;
      }
      downstream.push(chunk);
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        received: () => Buffer.concat(downstream).toString('utf8'),
        cut,
        cutWhen(match) {
          return new Promise((done) => {
            trigger = { match, done };
          });
        },
        stall() {
          stalled = true;
        },
        hold() {
          holding = true;
          return () => heldConnections;
        },
        release() {
          holding = false;
        },
        resume() {
          stalled = false;
          for (const pass of held.splice(0)) pass();
        },
        close: () =>
          new Promise((done) => {
            cut();
            server.close(() => done());
          }),
      });
    });
  });
}
