import { selectSession } from '@parley/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localChats } from './test/localChats.tsx';
import { useSessions } from './useSessions.ts';

let env: Awaited<ReturnType<typeof localChats>>;
beforeEach(async () => {
  env = await localChats();
});
afterEach(() => env.close());

describe('useSessions', () => {
  it('lists a new conversation with its unread count as messages arrive', async () => {
    const { result } = renderHook(() => useSessions(), { wrapper: env.wrapper });
    expect(result.current.sessions).toEqual([]);
    await env.bob.send('p2p-alice', { type: 'text', body: 'hi' });
    await env.bob.send('p2p-alice', { type: 'text', body: 'are you there?' });
    await waitFor(() => expect(result.current.sessions[0]?.unread).toBe(2));
    expect(result.current.sessions[0]?.id).toBe('p2p-bob');
    expect(result.current.sessions[0]?.lastMsg?.body).toBe('are you there?');
    expect(result.current.totalUnread).toBe(2);

    await act(() => result.current.markSessionRead('p2p-bob'));
    expect(result.current.sessions[0]?.unread).toBe(0);
    expect(result.current.totalUnread).toBe(0);
  });

  it('puts pinned sessions first and restores the order when unpinned', async () => {
    const carol = await env.open('carol');
    await carol.send('p2p-alice', { type: 'text', body: 'from carol' });
    await env.bob.send('p2p-alice', { type: 'text', body: 'from bob' });
    const { result } = renderHook(() => useSessions(), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.sessions).toHaveLength(2));
    expect(result.current.sessions.map((s) => s.id)).toEqual(['p2p-bob', 'p2p-carol']);

    await act(() => result.current.pin('p2p-carol'));
    expect(result.current.sessions.map((s) => s.id)).toEqual(['p2p-carol', 'p2p-bob']);
    expect(result.current.sessions[0]?.stickTopInfo.isStickOnTop).toBe(true);

    await act(() => result.current.unpin('p2p-carol'));
    expect(result.current.sessions.map((s) => s.id)).toEqual(['p2p-bob', 'p2p-carol']);
    carol.destroy();
  });

  it('rejects the 51st pin with PIN_LIMIT and keeps the 50', async () => {
    const { result } = renderHook(() => useSessions(), { wrapper: env.wrapper });
    for (let i = 0; i < 51; i++) env.alice.insertLocalSession({ scene: 'p2p', to: `u${i}` });
    for (let i = 0; i < 50; i++) await act(() => result.current.pin(`p2p-u${i}`));
    await expect(result.current.pin('p2p-u50')).rejects.toMatchObject({ code: 'PIN_LIMIT' });
    const pinned = result.current.sessions.filter((s) => s.stickTopInfo.isStickOnTop);
    expect(pinned).toHaveLength(50);
  });

  it('removes a session locally, and it stays away after clearing history', async () => {
    await env.bob.send('p2p-alice', { type: 'text', body: 'hi' });
    const { result } = renderHook(() => useSessions(), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.sessions).toHaveLength(1));
    await act(() => result.current.deleteSession('p2p-bob', { clearHistory: true }));
    expect(result.current.sessions).toEqual([]);

    const again = await env.open('alice');
    expect(selectSession(again.store.getState(), 'p2p-bob')).toBeUndefined();
    again.destroy();
  });

  it('filters by scene and by name', async () => {
    await env.bob.send('p2p-alice', { type: 'text', body: 'hi' });
    await env.server.createTeam({ owner: 'bob', members: ['alice'], name: 'Hiking club' });
    const { result, rerender } = renderHook(
      (props: { query?: string; scene?: 'p2p' | 'team' }) => useSessions(props),
      { wrapper: env.wrapper, initialProps: {} },
    );
    await waitFor(() => expect(result.current.sessions.length).toBeGreaterThanOrEqual(2));
    rerender({ scene: 'team' });
    expect(result.current.sessions.every((s) => s.scene === 'team')).toBe(true);
    rerender({ query: 'BO' });
    expect(result.current.sessions.map((s) => s.id)).toEqual(['p2p-bob']);
    rerender({ query: 'hiking' });
    expect(result.current.sessions).toHaveLength(1);
    expect(result.current.sessions[0]?.scene).toBe('team');
  });

  it('mutes a session and leaves it out of the total', async () => {
    await env.bob.send('p2p-alice', { type: 'text', body: 'hi' });
    const { result } = renderHook(() => useSessions(), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.totalUnread).toBe(1));
    await act(() => result.current.setMute('p2p-bob', true));
    expect(result.current.sessions[0]?.mute).toBe(true);
    expect(result.current.totalUnread).toBe(0);
  });
});
