import { ChatProvider } from '@parley/react';
import { MessageList, ParleyRoot } from '@parley/ui';
import { useState } from 'react';
import type { Root } from 'react-dom/client';
import { openFixture, peer } from './fixtures.ts';
import { nextPaint, until, watchFrames, yieldTask } from './harness.ts';
import { rowOf } from './messageRows.ts';
import { type BaselineMessage, BaselineMessageList } from './scenarios/BaselineMessageList.tsx';

const COUNT = 1_000;

/** The baseline list, handing its append function to the driver. */
function Baseline({ onReady }: { onReady: (append: (message: BaselineMessage) => void) => void }) {
  const [messages, setMessages] = useState<BaselineMessage[]>([]);
  onReady((message) => setMessages((current) => [...current, message]));
  return <BaselineMessageList messages={messages} />;
}
const SESSION = 'p2p-user0';

/**
 * Scenario 3: 1,000 messages arrive one by one in the open session while the user is at the
 * bottom. Each one is timed from the peer's send to the browser having run every task it
 * caused (store update and React commit), then the next is sent.
 */
export async function runAppend(root: Root, impl: string): Promise<Record<string, number>> {
  const { chat, server } = await openFixture({ sessions: 20 });
  const sender = await peer(server, 'user0');
  let push: ((message: BaselineMessage) => void) | null = null;

  if (impl === 'baseline') {
    root.render(
      <Baseline
        onReady={(append) => {
          push = append;
        }}
      />,
    );
  } else {
    root.render(
      <ParleyRoot style={{ height: '100%' }}>
        <ChatProvider chat={chat} autoConnect={false}>
          <MessageList sessionId={SESSION} />
        </ChatProvider>
      </ParleyRoot>,
    );
  }
  await nextPaint();
  await nextPaint();

  const times: number[] = [];
  let last = '';
  const frames = await watchFrames(async () => {
    for (let i = 0; i < COUNT; i++) {
      const start = performance.now();
      const sent = await sender.send({
        idClient: `append-${i}`,
        scene: 'p2p',
        to: 'me',
        type: 'text',
        body: `incoming message ${i}`,
      });
      last = sent.idClient;
      if (push) push({ id: sent.idClient, text: sent.body });
      await yieldTask();
      times.push(performance.now() - start);
    }
  });
  await until(() => rowOf(last) !== null);
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    'total (ms)': total,
    'per message, median (ms)': times[times.length >> 1] ?? 0,
    'per message, p95 (ms)': times[Math.floor(times.length * 0.95)] ?? 0,
    'frames > 50 ms': frames.longFrames,
  };
}
