import { ChatProvider, displayName, sessionList } from '@parley/react';
import { ParleyRoot, SessionList } from '@parley/ui';
import type { Root } from 'react-dom/client';
import { loadAllSessions, openFixture } from './fixtures.ts';
import {
  collectGarbage,
  domNodes,
  heapBytes,
  nextPaint,
  paintedWhen,
  scrollThrough,
  watchFrames,
} from './harness.ts';
import { type BaselineRow, BaselineSessionList } from './scenarios/BaselineSessionList.tsx';

const MB = 1024 * 1024;

/** Scenario 1: mount a 10,000-session list, then scroll it top to bottom in 40 steps. */
export async function runList(root: Root, impl: string): Promise<Record<string, number>> {
  const { chat } = await openFixture({ sessions: 10_000 });
  await loadAllSessions(chat);
  const state = chat.store.getState();
  const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
  const rows: BaselineRow[] =
    impl === 'baseline'
      ? sessionList(state).map((session) => ({
          id: session.id,
          title: displayName(state, session),
          preview: session.lastMsg?.body ?? '',
          time: time.format(session.updateTime),
        }))
      : [];
  collectGarbage();
  await nextPaint();
  const start = performance.now();
  root.render(
    impl === 'baseline' ? (
      <BaselineSessionList rows={rows} />
    ) : (
      <ParleyRoot style={{ height: '100%' }}>
        <ChatProvider chat={chat} autoConnect={false}>
          <SessionList />
        </ChatProvider>
      </ParleyRoot>
    ),
  );
  const mountMs =
    (await paintedWhen(
      () => document.querySelectorAll('[role="option"], #root [style*="translateY"]').length > 5,
    )) - start;
  const heapMB = heapBytes() / MB;
  const nodes = domNodes();
  const scroll = await watchFrames(() => scrollThrough(40));
  return {
    'mount to first frame (ms)': mountMs,
    'JS heap (MB)': heapMB,
    'DOM nodes': nodes,
    'scroll: frames > 50 ms': scroll.longFrames,
    'scroll: longest frame (ms)': scroll.maxFrameMs,
  };
}
