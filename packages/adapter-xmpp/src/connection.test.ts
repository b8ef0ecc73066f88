import { createServer } from 'node:net';
import { type AdapterEvent, type ChatAdapter, createChat, memoryOutbox } from '@parley/core';
import { setup, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createXmppAdapter } from './createXmppAdapter.ts';
import { prosodyTestBackend } from './test/prosodyFactory.ts';
import { startProxy } from './test/startProxy.ts';

const { factory, current } = prosodyTestBackend();

/** Connection statuses (with their error codes) an adapter reports, in order. */
function statuses(adapter: ChatAdapter): string[] {
  const seen: string[] = [];
  adapter.subscribe((event: AdapterEvent) => {
    if (event.type === 'connection') {
      seen.push(event.error ? `${event.status} ${event.error.code}` : event.status);
    }
  });
  return seen;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'connected',
    (error: { code?: string }) => error.code,
  );

/** A TCP server that accepts connections and never says a word. */
async function silentServer(): Promise<number> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

const login = (service: string, domain = 'localhost') =>
  createXmppAdapter({
    service,
    domain,
    username: 'alice',
    password: 'pw-alice',
    mechanism: 'PLAIN',
  });

describe('connecting to a server that is not there', () => {
  it('a refused connection, an unknown host and an unserved domain have their own codes', async () => {
    await setup(factory);
    const { server } = current();
    expect(await failure(login('ws://127.0.0.1:1/xmpp-websocket').connect())).toBe(
      'CONNECTION_REFUSED',
    );
    expect(await failure(login('ws://no-such-host.invalid/xmpp-websocket').connect())).toBe(
      'HOST_UNKNOWN',
    );
    expect(await failure(login(server.websocketUrl, 'example.org').connect())).toBe('HOST_UNKNOWN');
    expect(
      await failure(login(`xmpp://127.0.0.1:${server.c2sPort}`, 'example.org').connect()),
    ).toBe('HOST_UNKNOWN');
  });

  it('a server that accepts and never answers times out', async () => {
    const port = await silentServer();
    const adapter = createXmppAdapter({
      service: `ws://127.0.0.1:${port}/xmpp-websocket`,
      domain: 'localhost',
      username: 'alice',
      password: 'pw',
      connectTimeoutMs: 500,
    });
    const seen = statuses(adapter);
    expect(await failure(adapter.connect())).toBe('TIMEOUT');
    expect(seen.at(-1)).toBe('disconnected TIMEOUT');
  });
});

describe('losing the server', () => {
  it('a second drop while catching up does not leave the adapter reconnecting', async () => {
    const b = await setup(factory);
    const { server } = current();
    const proxy = await startProxy(server.c2sPort);
    onTestFinished(() => proxy.close());
    const alice = await current().adapter('alice', `xmpp://127.0.0.1:${proxy.port}`);
    const seen = statuses(alice);
    const got: string[] = [];
    alice.subscribe((e) => {
      if (e.type === 'message') got.push(e.message.body);
    });
    await alice.connect();
    const bob = await b.device('bob');
    proxy.cut();
    await bob.adapter.send(text('alice', 'while you were gone'));
    // The catch-up after the reconnect starts with a MAM query: the link drops again there.
    const secondDrop = proxy.cutWhen((sent) => sent.includes('urn:xmpp:mam:2'));
    await secondDrop;
    await expect.poll(() => seen.at(-1), { timeout: 8000 }).toBe('connected');
    await expect.poll(() => got, { timeout: 8000 }).toEqual(['while you were gone']);
    expect(seen).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it.each(['xmpp', 'ws'])(
    'a reconnect attempt the server never answers is abandoned for a new one (%s)',
    async (transport) => {
      await setup(factory);
      const { server } = current();
      const websocket = transport === 'ws';
      const proxy = await startProxy(
        websocket ? Number(new URL(server.websocketUrl).port) : server.c2sPort,
      );
      onTestFinished(() => proxy.close());
      const service = websocket
        ? `ws://127.0.0.1:${proxy.port}/xmpp-websocket`
        : `xmpp://127.0.0.1:${proxy.port}`;
      const alice = await current().adapter('alice', service, { connectTimeoutMs: 1000 });
      const seen = statuses(alice);
      const uncaught: unknown[] = [];
      const record = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', record);
      onTestFinished(() => {
        process.off('uncaughtException', record);
      });
      await alice.connect();
      // A server too busy to answer (or a node that is stopping): the first attempt after the
      // drop opens its socket and hears nothing. Only an attempt that gives up on it gets back.
      const held = proxy.hold();
      proxy.cut();
      await expect.poll(() => held(), { timeout: 8000 }).toBeGreaterThan(0);
      proxy.release();
      await expect.poll(() => seen.at(-1), { timeout: 10_000 }).toBe('connected');
      expect(seen.slice(0, 3)).toEqual(['connecting', 'connected', 'reconnecting']);
      expect(uncaught).toEqual([]);
    },
  );

  it('a server gone for good: reconnecting, with the last error', async () => {
    await setup(factory);
    const { server } = current();
    const alice = await current().adapter('alice');
    const seen = statuses(alice);
    const chat = createChat({ adapter: alice, persistence: memoryOutbox() });
    await chat.connect();
    process.kill(server.pid, 'SIGKILL');
    await expect
      .poll(() => chat.store.getState().connection, { timeout: 8000 })
      .toMatchObject({ status: 'reconnecting', error: { code: 'CONNECTION_REFUSED' } });
    // Told once, not at every attempt.
    expect(seen.slice(2)).toEqual(['reconnecting', 'reconnecting CONNECTION_REFUSED']);
    await chat.disconnect();
    expect(chat.store.getState().connection.status).toBe('disconnected');
  });

  it('disconnect after a recovery, with a server that does not answer the close, throws nothing', async () => {
    const b = await setup(factory);
    const { server } = current();
    const port = Number(new URL(server.websocketUrl).port);
    const proxy = await startProxy(port);
    onTestFinished(() => proxy.close());
    const alice = await current().adapter('alice', `ws://127.0.0.1:${proxy.port}/xmpp-websocket`);
    const seen = statuses(alice);
    await alice.connect();
    proxy.cut();
    await expect
      .poll(() => seen.slice(-2), { timeout: 8000 })
      .toEqual(['reconnecting', 'connected']);
    await b.device('bob');
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    process.on('unhandledRejection', record);
    onTestFinished(() => {
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
    });
    proxy.stall();
    const closing = alice.disconnect();
    // The client gives up waiting for the server's close after 2 s; then the close comes.
    await new Promise((resolve) => setTimeout(resolve, 2300));
    proxy.resume();
    await closing;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(uncaught).toEqual([]);
    expect(seen.at(-1)).toBe('disconnected');
  });
});
