import { type ChatAdapter, ChatProvider, type Message } from '@parley/react';
import { MessageList, ParleyRoot } from '@parley/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Root } from 'react-dom/client';
import { openFixture } from './fixtures.ts';
import {
  collectGarbage,
  domNodes,
  heapBytes,
  nextPaint,
  paintedWhen,
  scroller,
  until,
  watchFrames,
} from './harness.ts';
import { firstVisibleRow, rowOf } from './messageRows.ts';
import { type BaselineMessage, BaselineMessageList } from './scenarios/BaselineMessageList.tsx';

const MB = 1024 * 1024;
const SESSION = 'p2p-big';
const SCROLL_BACK = 2_000;
const PAGE = 30;
/** Where the reader pauses before scrolling into the load threshold (px from the top). */
const SETTLE_AT = 300;
const STEP_INTO_THRESHOLD = 150;

/**
 * Scenario 2: open a 100,000-message session and show its newest message, then scroll back
 * through 2,000 messages, measuring how far the first visible message moves at each prepend.
 */
export async function runMessages(root: Root, impl: string): Promise<Record<string, number>> {
  const { chat } = await openFixture({ sessions: 10, bigSession: 100_000 });
  const newest = (await chat.adapter.getHistory({ sessionId: SESSION, limit: 1 })).items[0];
  if (!newest) throw new Error('bench: empty fixture');
  let loaded = () => chat.store.getState().messages[SESSION]?.ids.length ?? 0;

  collectGarbage();
  await nextPaint();
  const start = performance.now();
  if (impl === 'baseline') {
    const probe = { count: 0 };
    loaded = () => probe.count;
    root.render(<BaselineChat adapter={chat.adapter} probe={probe} />);
  } else {
    root.render(
      <ParleyRoot style={{ height: '100%' }}>
        <ChatProvider chat={chat} autoConnect={false}>
          <MessageList sessionId={SESSION} />
        </ChatProvider>
      </ParleyRoot>,
    );
  }
  const openMs = (await paintedWhen(() => rowOf(newest.idClient) !== null)) - start;
  const heapMB = heapBytes() / MB;
  const nodes = domNodes();

  const drifts: number[] = [];
  const frames = await watchFrames(async () => {
    const el = scroller();
    while (loaded() < SCROLL_BACK + PAGE) {
      const before = loaded();
      // Settle just outside the 200 px load threshold, note the first visible message, then
      // scroll up into the threshold as a reader would: the page that loads must leave that
      // message exactly where the scroll put it.
      el.scrollTop = SETTLE_AT;
      await nextPaint();
      await nextPaint();
      if (loaded() > before) continue;
      const anchor = firstVisibleRow(el);
      const from = el.scrollTop;
      el.scrollTop = from - STEP_INTO_THRESHOLD;
      const scrolled = from - el.scrollTop;
      await until(() => loaded() > before, 20_000);
      await nextPaint();
      await nextPaint();
      const row = anchor ? rowOf(anchor.id) : null;
      if (anchor && row) {
        const top = row.getBoundingClientRect().top - el.getBoundingClientRect().top;
        drifts.push(Math.abs(top - (anchor.top + scrolled)));
      }
    }
  });
  return {
    'open to newest message (ms)': openMs,
    'JS heap (MB)': heapMB,
    'DOM nodes': nodes,
    'scroll-back: frames > 50 ms': frames.longFrames,
    'scroll-back: longest frame (ms)': frames.maxFrameMs,
    'prepend drift, max (px)': Math.max(0, ...drifts),
    prepends: drifts.length,
  };
}

function toBaseline(message: Message): BaselineMessage {
  return { id: message.idClient, text: message.body };
}

/** The baseline's own paging: the same adapter queries and page size, plain state, a bare list. */
function BaselineChat({ adapter, probe }: { adapter: ChatAdapter; probe: { count: number } }) {
  const [messages, setMessages] = useState<BaselineMessage[]>([]);
  // `cursor` null: the oldest page is loaded.
  const paging = useRef<{ cursor: string | null; busy: boolean }>({ cursor: '', busy: false });
  const loadOlder = useCallback(() => {
    const state = paging.current;
    if (state.busy || state.cursor === null) return;
    state.busy = true;
    const cursor = state.cursor || undefined;
    adapter.getHistory({ sessionId: SESSION, limit: PAGE, cursor }).then((page) => {
      state.cursor = page.hasMore ? page.cursor : null;
      state.busy = false;
      setMessages((current) => {
        const next = [...page.items.map(toBaseline).reverse(), ...current];
        probe.count = next.length;
        return next;
      });
    });
  }, [adapter, probe]);
  useEffect(loadOlder, [loadOlder]);
  return <BaselineMessageList messages={messages} onNearTop={loadOlder} />;
}
