import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy whose connections can be cut, to simulate a lost network. */
export interface Proxy {
  port: number;
  /** Destroys every open connection (no stream close, like a dropped network). */
  cut(): void;
  /** Everything the server sent through the proxy so far, as text. */
  received(): string;
  close(): Promise<void>;
}

export function startProxy(targetPort: number): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const downstream: Buffer[] = [];
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    upstream.on('data', (chunk: Buffer) => downstream.push(chunk));
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        received: () => Buffer.concat(downstream).toString('utf8'),
        cut: () => {
          for (const s of sockets) s.destroy();
        },
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
