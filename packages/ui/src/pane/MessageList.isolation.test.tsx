import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PaneEnv, paneEnv, storedText } from '../test/paneEnv.tsx';
import { MessageList } from './MessageList.tsx';

// Each row reads its message through `useMessage` exactly once per render: counting the calls
// per id counts row renders.
const renders = new Map<string, number>();
vi.mock('@parley/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@parley/react')>();
  return {
    ...actual,
    useMessage: (sessionId: string, idClient: string) => {
      renders.set(idClient, (renders.get(idClient) ?? 0) + 1);
      return actual.useMessage(sessionId, idClient);
    },
  };
});

let env: PaneEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('MessageList render isolation', () => {
  it('re-renders only the row whose message changed', async () => {
    // Ten minutes apart: no grouping, so no neighbour's layout depends on the recalled one.
    const t0 = Date.now() - 60 * 60_000;
    env = await paneEnv({
      messages: Array.from({ length: 6 }, (_, i) =>
        storedText(i, `m${i}`, t0 + i * 10 * 60_000, 'me'),
      ),
    });
    env.render(<MessageList sessionId="p2p-alice" initialRect={{ width: 480, height: 2000 }} />);
    await screen.findByText('m5');
    const fresh = await env.me.send('p2p-alice', { type: 'text', body: 'fresh' });
    await act(() => env?.alice.send('p2p-me', { type: 'text', body: 'reply' }));
    await screen.findByText('reply');
    const target = fresh.idClient;
    renders.clear();

    await act(() => env?.me.recall(fresh));
    await screen.findByText('You recalled a message');
    expect(renders.get(target)).toBeGreaterThan(0);
    for (const [id, count] of renders) if (id !== target) expect(count, id).toBe(0);
  });
});
