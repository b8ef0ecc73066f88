import type { DirectoryQuery, DirectoryResult } from '@parley/core';
import { ChatError, selectSession } from '@parley/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localChats } from './test/localChats.tsx';
import { useDirectorySearch } from './useDirectorySearch.ts';

let env: Awaited<ReturnType<typeof localChats>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const accounts = (r: DirectoryResult) => r.users.map((u) => u.account);

describe('useDirectorySearch', () => {
  it('finds people for the text, and nothing (without asking) for a blank one', async () => {
    env = await localChats();
    const { result, rerender } = renderHook(({ text }) => useDirectorySearch(text), {
      wrapper: env.wrapper,
      initialProps: { text: '' },
    });
    expect(result.current).toMatchObject({
      users: [],
      teams: [],
      loading: false,
      searchable: true,
    });
    rerender({ text: ' car ' });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.users).toEqual([{ account: 'carol', nick: 'Carol' }]);
    expect(result.current.error).toBeNull();
  });

  it('shows the answer to the latest text even when an earlier one answers last', async () => {
    const pending = new Map<string, (result: DirectoryResult) => void>();
    env = await localChats({
      aliceAdapter: (adapter) => ({
        ...adapter,
        searchDirectory: (query: DirectoryQuery) =>
          new Promise<DirectoryResult>((resolve) => {
            pending.set(query.text, resolve);
          }),
      }),
    });
    const { result, rerender } = renderHook(
      ({ text }) => useDirectorySearch(text, { delayMs: 0 }),
      {
        wrapper: env.wrapper,
        initialProps: { text: 'b' },
      },
    );
    await waitFor(() => expect(pending.has('b')).toBe(true));
    rerender({ text: 'c' });
    await waitFor(() => expect(pending.has('c')).toBe(true));
    act(() => pending.get('c')?.({ users: [{ account: 'carol', nick: 'Carol' }], teams: [] }));
    await waitFor(() => expect(accounts(result.current)).toEqual(['carol']));
    act(() => pending.get('b')?.({ users: [{ account: 'bob', nick: 'Bob' }], teams: [] }));
    await act(() => Promise.resolve());
    expect(accounts(result.current)).toEqual(['carol']);
    expect(result.current.loading).toBe(false);
  });

  it('reports a failed search and searches again on retry', async () => {
    let failing = true;
    env = await localChats({
      aliceAdapter: (adapter) => ({
        ...adapter,
        searchDirectory: (query: DirectoryQuery) =>
          failing
            ? Promise.reject(new ChatError('TIMEOUT', 'The directory did not answer'))
            : (adapter.searchDirectory?.(query) ?? Promise.resolve({ users: [], teams: [] })),
      }),
    });
    const { result } = renderHook(() => useDirectorySearch('bob', { delayMs: 0 }), {
      wrapper: env.wrapper,
    });
    await waitFor(() => expect(result.current.error?.code).toBe('TIMEOUT'));
    expect(result.current.users).toEqual([]);
    failing = false;
    act(() => result.current.retry());
    expect(result.current).toMatchObject({ loading: true, error: null });
    await waitFor(() => expect(accounts(result.current)).toEqual(['bob']));
  });

  it('without a directory offers only the typed account, and says it cannot search', async () => {
    env = await localChats({
      aliceAdapter: ({ searchDirectory: _none, ...adapter }) => adapter,
    });
    const { result } = renderHook(() => useDirectorySearch('dave', { delayMs: 0 }), {
      wrapper: env.wrapper,
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toMatchObject({ users: [], enteredAccount: 'dave', searchable: false });
  });

  it('starts a chat with a result: the session is inserted and returned', async () => {
    env = await localChats();
    const { alice } = env;
    const { result } = renderHook(() => useDirectorySearch('carol', { delayMs: 0 }), {
      wrapper: env.wrapper,
    });
    await waitFor(() => expect(accounts(result.current)).toEqual(['carol']));
    const carol = result.current.users[0];
    if (!carol) throw new Error('carol not found');
    let id = '';
    act(() => {
      id = result.current.startChat({ user: carol }).id;
    });
    expect(id).toBe('p2p-carol');
    expect(selectSession(alice.store.getState(), 'p2p-carol')).toMatchObject({ lastMsg: null });
  });
});
