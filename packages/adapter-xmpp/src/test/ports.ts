import { createServer, type Server, Socket } from 'node:net';

/** Starts `server` on a free port of 127.0.0.1 and resolves with that port. */
export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listenOnLoopback(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

/**
 * Probes `ready` every 20 ms until it holds, so a server is used as soon as it answers and
 * never after a blind sleep. Rejects after `timeoutMs`, or at once when `failed` says the
 * server is gone (its message then explains why).
 */
export async function waitUntil(
  ready: () => Promise<boolean>,
  what: string,
  { timeoutMs = 10_000, failed }: { timeoutMs?: number; failed?: () => string | undefined } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failure = failed?.();
    if (failure) throw new Error(failure);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s`);
}
