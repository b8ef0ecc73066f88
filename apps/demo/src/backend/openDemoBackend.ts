import {
  createLocalAdapter,
  generateFixtures,
  IdbStorage,
  type LocalAdapter,
  LocalServer,
  MemoryStorage,
  SimulatedPeers,
} from '@parley/adapter-local';
import { ChatError } from '@parley/react';
import { demoData, demoInteractions, demoUsers, ME } from './seedDemo.ts';

/** The demo's embedded backend: one server, simulated peers, and devices to sign in with. */
export interface DemoBackend {
  server: LocalServer;
  /** A new device (adapter) of an account on this server. */
  device(account: string): LocalAdapter;
  /** Stops the peers and closes the server. */
  close(): Promise<void>;
}

const DB_NAME = 'parley-demo';
/** The outbox of the embedded backend's chats: sends not yet on the server survive a reload. */
export const OUTBOX_NAME = 'parley-demo-outbox';

/**
 * Opens the demo backend. The normal data set persists in IndexedDB (a reload keeps
 * everything); the stress set (10,000 sessions, one 100,000-message session) lives in memory.
 */
export async function openDemoBackend(
  mode: 'normal' | 'stress',
  options: {
    peers?: boolean;
    /**
     * Reactions fail (TIMEOUT, after the latency), to watch one roll back: the demo's
     * `?fail=reactions`.
     */
    failReactions?: boolean;
  } = {},
): Promise<DemoBackend> {
  const stress = mode === 'stress';
  const storage =
    !stress && typeof indexedDB !== 'undefined'
      ? new IdbStorage({ name: DB_NAME })
      : new MemoryStorage();
  const server = await LocalServer.open({ storage });
  if (stress) {
    await generateFixtures(server, { account: ME, sessions: 10_000, bigSession: 100_000 });
  } else if (server.getUsers([ME])[0]?.nick !== demoUsers()[0]?.nick) {
    const data = demoData(Date.now());
    await server.import(data);
    await server.importBulk({ messages: demoInteractions(data) });
  }
  const peers = new SimulatedPeers({
    server,
    peers: demoUsers()
      .slice(2, 62)
      .map((u) => u.account),
    seed: 7,
  });
  // End-to-end tests turn the peers off so that nothing moves unless the test moves it.
  if (options.peers !== false) await peers.start();
  return {
    server,
    device: (account) => {
      const adapter = createLocalAdapter({
        server,
        account,
        latencyMs: 30,
        files: { uploadMs: 1200 },
      });
      if (options.failReactions) {
        adapter.react = () =>
          new Promise((_, reject) =>
            setTimeout(() => reject(new ChatError('TIMEOUT', 'The reaction timed out')), 400),
          );
      }
      return adapter;
    },
    async close() {
      await peers.stop();
      await server.close();
    },
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Open elsewhere (this page until it reloads): deleted as soon as it is closed.
    request.onblocked = () => resolve();
  });
}

/** Forgets every stored message, pin, read mark and pending send; the next start seeds afresh. */
export async function deleteDemoData(): Promise<void> {
  await Promise.all([deleteDatabase(DB_NAME), deleteDatabase(OUTBOX_NAME)]);
}
