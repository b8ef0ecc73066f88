import {
  createLocalAdapter,
  generateFixtures,
  IdbStorage,
  type LocalAdapter,
  LocalServer,
  MemoryStorage,
  SimulatedPeers,
} from '@parley/adapter-local';
import { demoData, demoUsers, FRIEND, ME } from './seedDemo.ts';

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
/** Sessions that start with unread messages, so the badges have something to show. */
const LEAVE_UNREAD = 6;

/**
 * Opens the demo backend. The normal data set persists in IndexedDB (a reload keeps
 * everything); the stress set (10,000 sessions, one 100,000-message session) lives in memory.
 */
export async function openDemoBackend(
  mode: 'normal' | 'stress',
  options: { peers?: boolean } = {},
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
    await seed(server);
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
    device: (account) =>
      createLocalAdapter({ server, account, latencyMs: 30, files: { uploadMs: 1200 } }),
    async close() {
      await peers.stop();
      await server.close();
    },
  };
}

async function seed(server: LocalServer): Promise<void> {
  await server.importBulk(demoData(Date.now()));
  // Everything but the newest few conversations starts read, as after a previous visit.
  const device = createLocalAdapter({ server, account: ME });
  await device.connect();
  const page = await device.getSessions({ limit: 100 });
  for (const session of page.items.slice(LEAVE_UNREAD)) {
    if (session.unread > 0 && session.lastMsg)
      await device.markSessionRead(session.id, session.lastMsg.time);
  }
  await device.disconnect();
  // Sam has read Alex's messages, so the demo opens with read receipts to show.
  const friend = createLocalAdapter({ server, account: FRIEND });
  await friend.connect();
  const history = await friend.getHistory({ sessionId: `p2p-${ME}`, limit: 20 });
  const fromAlex = history.items.find((m) => m.from === ME);
  if (fromAlex) {
    await friend.markSessionRead(`p2p-${ME}`, history.items[0]?.time ?? fromAlex.time);
    await friend.sendReceipt(fromAlex);
  }
  await friend.disconnect();
  await server.flush();
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
