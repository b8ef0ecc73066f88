import { ChatProvider, type ChatState, type Session, selectSession } from '@parley/react';
import { ParleyRoot, SessionList } from '@parley/ui';
import type { Root } from 'react-dom/client';
import { countRenders } from './fiberRenders.ts';
import { loadAllSessions, openFixture, peer } from './fixtures.ts';
import { nextPaint, until, watchFrames } from './harness.ts';

const SESSIONS = 500;
const PER_SESSION = 10;
const WINDOW_MS = 1_000;

function isRowProps(props: Record<string, unknown>): props is { session: Session } {
  return 'session' in props && 'name' in props && 'me' in props;
}

/**
 * Scenario 4: 5,000 messages spread over 500 sessions within one second. Measures when the
 * list has settled (every session shows its last message, painted), counted from the last
 * message sent, and how often each row rendered compared with how often its own session
 * changed.
 */
export async function runBurst(root: Root, _impl: string): Promise<Record<string, number>> {
  const { chat, server } = await openFixture({ sessions: SESSIONS });
  await loadAllSessions(chat);
  const senders = await Promise.all(
    Array.from({ length: SESSIONS }, (_, i) => peer(server, `user${i}`)),
  );
  root.render(
    <ParleyRoot style={{ height: '100%' }}>
      <ChatProvider chat={chat} autoConnect={false}>
        <SessionList />
      </ChatProvider>
    </ParleyRoot>,
  );
  await nextPaint();
  await nextPaint();

  // How many times each session object changed: the renders a row is entitled to.
  const changes = new Map<string, number>();
  let previous: ChatState = chat.store.getState();
  const unsubscribe = chat.store.subscribe((state) => {
    for (let i = 0; i < SESSIONS; i++) {
      const id = `p2p-user${i}`;
      if (selectSession(state, id) !== selectSession(previous, id)) {
        changes.set(id, (changes.get(id) ?? 0) + 1);
      }
    }
    previous = state;
  });
  const stop = countRenders(
    (type) => typeof type === 'function' || typeof type === 'object',
    (props) => (isRowProps(props) ? props.session.id : undefined),
  );

  const total = SESSIONS * PER_SESSION;
  const lastIds = new Map<string, string>();
  const start = performance.now();
  let lastSent = start;
  const frames = await watchFrames(async () => {
    const sends: Promise<unknown>[] = [];
    const ticks = 250;
    for (let tick = 0; tick < ticks; tick++) {
      const due = start + (tick * WINDOW_MS) / ticks;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      for (let k = (tick * total) / ticks; k < ((tick + 1) * total) / ticks; k++) {
        const s = k % SESSIONS;
        const idClient = `burst-${k}`;
        lastIds.set(`p2p-user${s}`, idClient);
        const sender = senders[s];
        if (sender) {
          sends.push(
            sender.send({ idClient, scene: 'p2p', to: 'me', type: 'text', body: `burst ${k}` }),
          );
        }
      }
    }
    lastSent = performance.now();
    await Promise.all(sends);
    await until(() => {
      const state = chat.store.getState();
      for (const [id, idClient] of lastIds) {
        if (selectSession(state, id)?.lastMsg?.idClient !== idClient) return false;
      }
      return true;
    }, 30_000);
  });
  const settled = await nextPaint();
  unsubscribe();
  const renders = stop();
  let rowRenders = 0;
  let unearned = 0;
  for (const [id, count] of renders) {
    rowRenders += count;
    unearned += Math.max(0, count - (changes.get(id) ?? 0));
  }
  return {
    'burst length (ms)': lastSent - start,
    'settled after the last message (ms)': settled - lastSent,
    'settled after burst start (ms)': settled - start,
    'frames > 50 ms': frames.longFrames,
    'row renders': rowRenders,
    'rows rendered (distinct)': renders.size,
    'row renders beyond own session changes': unearned,
  };
}
