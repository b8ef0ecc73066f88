import { bench, describe } from 'vitest';
import { createChat } from '../createChat.ts';
import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { ChatState } from '../store/ChatState.ts';
import { createChatStore, dispatch } from '../store/createChatStore.ts';
import { selectSession } from '../store/selectors.ts';
import { bigState, burstEvents } from '../test/bigState.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';

const start = bigState(10_000);
const burst = burstEvents(5_000, 500, 'ctl') as AdapterEvent[];

/** What a mounted list does on every store change: 30 row selectors and the list's own. */
function subscribeLikeAList(state: () => ChatState, subscribe: (l: () => void) => void) {
  const rows = Array.from({ length: 30 }, (_, i) => `p2p-u${i}`);
  let renders = 0;
  let order = state().sessions.order;
  const seen = new Map(rows.map((id) => [id, selectSession(state(), id)]));
  subscribe(() => {
    const s = state();
    if (s.sessions.order !== order) {
      order = s.sessions.order;
      renders++;
    }
    for (const id of rows) {
      const session = selectSession(s, id);
      if (session !== seen.get(id)) {
        seen.set(id, session);
        renders++;
      }
    }
  });
  return () => renders;
}

describe('burst through the controller: 5,000 messages over 500 sessions, 10,000 sessions', () => {
  bench(
    'pushed in one task, until the store settles (30 subscribed rows)',
    async () => {
      const server = new FakeServer();
      const adapter = createFakeAdapter(server, 'me');
      const chat = createChat({ adapter });
      chat.store.setState(start, true);
      subscribeLikeAList(chat.store.getState, (l) => chat.store.subscribe(l));
      const device = [...server.devices][0];
      if (!device) throw new Error('no device');
      for (const event of burst) device.push(event);
      await Promise.resolve();
      chat.destroy();
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'baseline without coalescing: one store update per event (30 subscribed rows)',
    () => {
      const store = createChatStore();
      store.setState(start, true);
      subscribeLikeAList(store.getState, (l) => store.subscribe(l));
      for (const event of burst) dispatch(store, event);
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
