import type { ConformanceFactory } from '@parley/core/testing';
import { runAdapterConformance } from '@parley/core/testing';
import { createLocalAdapter } from './client/createLocalAdapter.ts';
import { LocalServer } from './server/LocalServer.ts';
import { IdbStorage } from './storage/IdbStorage.ts';
import { MemoryStorage } from './storage/MemoryStorage.ts';
import type { ServerStorage } from './storage/ServerStorage.ts';

const ALL = {
  getSession: true,
  getPinnedSessions: true,
  setSessionExt: true,
  forward: true,
  getTeamReceiptDetail: true,
  markAllSessionsRead: true,
  files: true,
  searchDirectory: true,
  replies: true,
  reactions: true,
  edits: true,
};

let db = 0;

function localFactory(storage: () => ServerStorage): ConformanceFactory {
  return async ({ recallWindowMs, editWindowMs }) => {
    const server = await LocalServer.open({ storage: storage(), recallWindowMs, editWindowMs });
    const adapters: { disconnect(): Promise<void> }[] = [];
    return {
      async connect(account) {
        const adapter = createLocalAdapter({ server, account });
        adapters.push(adapter);
        await adapter.connect();
        return adapter;
      },
      async createTeam({ owner, members, scene }) {
        return (await server.createTeam({ owner, members, scene })).teamId;
      },
      async close() {
        await Promise.all(adapters.map((a) => a.disconnect()));
        await server.close();
      },
    };
  };
}

runAdapterConformance(
  'LocalServer + MemoryStorage',
  localFactory(() => new MemoryStorage()),
  ALL,
);
runAdapterConformance(
  'LocalServer + IdbStorage',
  localFactory(() => {
    db += 1;
    return new IdbStorage({ name: `conformance-${db}` });
  }),
  ALL,
);
