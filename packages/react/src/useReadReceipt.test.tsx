import { selectSession } from '@parley/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatProvider } from './ChatProvider.tsx';
import { localChats } from './test/localChats.tsx';
import { useMessages } from './useMessages.ts';
import { useReadReceipt } from './useReadReceipt.ts';

let env: Awaited<ReturnType<typeof localChats>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('useReadReceipt', () => {
  it('flips my p2p message to read when the peer opens the conversation', async () => {
    env = await localChats();
    const { alice, bob } = env;
    const message = await alice.send('p2p-bob', { type: 'text', body: 'did you read this?' });
    const { result } = renderHook(() => useReadReceipt(message), { wrapper: env.wrapper });
    expect(result.current).toEqual({ kind: 'p2p', read: false });

    // Bob opens the session in his own provider: entering it sends a receipt.
    renderHook(() => useMessages('p2p-alice'), {
      wrapper: ({ children }) => (
        <ChatProvider chat={bob} autoConnect={false}>
          {children}
        </ChatProvider>
      ),
    });
    await waitFor(() => expect(result.current).toEqual({ kind: 'p2p', read: true }));
    expect(selectSession(alice.store.getState(), 'p2p-bob')?.msgReceiptTime).toBeGreaterThanOrEqual(
      message.time,
    );
  });

  it('reports nothing for messages that are not mine', async () => {
    env = await localChats();
    const incoming = await env.bob.send('p2p-alice', { type: 'text', body: 'hi' });
    const { result } = renderHook(() => useReadReceipt(incoming), { wrapper: env.wrapper });
    expect(result.current.kind).toBe('none');
  });

  it('counts team readers and lists them on demand', async () => {
    env = await localChats();
    const { alice, bob, server } = env;
    const team = await server.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
    const sessionId = `team-${team.teamId}`;
    const sent = await alice.send(sessionId, { type: 'text', body: 'team news' });
    const { result } = renderHook(
      () => {
        const { messages } = useMessages(sessionId, { markActive: false });
        const mine = messages.find((m) => m.idClient === sent.idClient) ?? sent;
        return useReadReceipt(mine);
      },
      { wrapper: env.wrapper },
    );
    await waitFor(() =>
      expect(result.current).toMatchObject({ kind: 'team', readCount: 0, unreadCount: 2 }),
    );

    await act(async () => {
      await bob.openSession(sessionId);
      await bob.setActiveSession(sessionId);
    });
    await waitFor(() =>
      expect(result.current).toMatchObject({ kind: 'team', readCount: 1, unreadCount: 1 }),
    );
    if (result.current.kind !== 'team') throw new Error('expected team receipt');
    const detail = await result.current.getTeamReceiptDetail();
    expect(detail.read).toEqual(['bob']);
    expect(detail.unread).toEqual(['carol']);
  });
});
