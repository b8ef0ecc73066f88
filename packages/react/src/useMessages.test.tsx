import { ChatError, selectMessage, selectSession } from '@parley/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localChats } from './test/localChats.tsx';
import { useMessages } from './useMessages.ts';

let env: Awaited<ReturnType<typeof localChats>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('useMessages', () => {
  it('loads the history oldest to newest and keeps the open session read', async () => {
    env = await localChats();
    const { bob, alice } = env;
    for (const body of ['one', 'two', 'three']) await bob.send('p2p-alice', { type: 'text', body });
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await waitFor(() =>
      expect(result.current.messages.map((m) => m.body)).toEqual(['one', 'two', 'three']),
    );
    expect(result.current.loading).toBe(false);
    await waitFor(() => expect(selectSession(alice.store.getState(), 'p2p-bob')?.unread).toBe(0));

    await bob.send('p2p-alice', { type: 'text', body: 'four' });
    await waitFor(() => expect(result.current.messages.at(-1)?.body).toBe('four'));
    expect(selectSession(alice.store.getState(), 'p2p-bob')?.unread).toBe(0);
  });

  it('shows a sent message as sending at once, then sent, and delivers it', async () => {
    env = await localChats();
    const { bob } = env;
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    let sent: Promise<unknown> = Promise.resolve();
    act(() => {
      sent = result.current.sendText('hello bob');
    });
    expect(result.current.messages.at(-1)).toMatchObject({ body: 'hello bob', status: 'sending' });
    await act(() => sent);
    expect(result.current.messages.at(-1)).toMatchObject({ body: 'hello bob', status: 'sent' });
    await waitFor(() =>
      expect(selectSession(bob.store.getState(), 'p2p-alice')?.lastMsg?.body).toBe('hello bob'),
    );
  });

  it('marks a failed send and resends it under the same id', async () => {
    let failing = true;
    env = await localChats({ failAliceSends: () => failing });
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await act(() =>
      expect(result.current.sendText('first try')).rejects.toMatchObject({ code: 'SEND_FAILED' }),
    );
    const failed = result.current.messages.at(-1);
    expect(failed).toMatchObject({ status: 'sendFailed', error: { code: 'SEND_FAILED' } });
    if (!failed) throw new Error('no message');

    failing = false;
    await act(() => result.current.resend(failed));
    expect(result.current.messages).toHaveLength(1);
    expect(result.current.messages[0]).toMatchObject({ idClient: failed.idClient, status: 'sent' });
  });

  it('recalls inside the window and refuses with RECALL_EXPIRED after it', async () => {
    let clock = 1_000_000;
    env = await localChats({ recallWindowMs: 60_000, now: () => clock });
    const { bob } = env;
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    const early = await act(() => result.current.sendText('oops'));
    await act(() => result.current.recall(early));
    expect(result.current.messages.at(-1)?.recall?.by).toBe('alice');
    await waitFor(() =>
      expect(selectSession(bob.store.getState(), 'p2p-alice')?.lastMsg?.recall?.by).toBe('alice'),
    );

    const late = await act(() => result.current.sendText('too late to take back'));
    clock += 61_000;
    await expect(result.current.recall(late)).rejects.toMatchObject({ code: 'RECALL_EXPIRED' });
    expect(result.current.messages.at(-1)?.recall).toBeUndefined();
  });

  it('pages older history on demand', async () => {
    env = await localChats();
    const { bob } = env;
    for (let i = 0; i < 45; i++) await bob.send('p2p-alice', { type: 'text', body: `m${i}` });
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.messages.length).toBeGreaterThan(0));
    const firstPage = result.current.messages.length;
    expect(firstPage).toBeLessThan(45);
    expect(result.current.hasMoreOlder).toBe(true);
    while (result.current.hasMoreOlder) await act(() => result.current.loadOlder());
    expect(result.current.messages.map((m) => m.body)).toEqual(
      Array.from({ length: 45 }, (_, i) => `m${i}`),
    );
  });

  it('deletes messages for me only', async () => {
    env = await localChats();
    const { bob } = env;
    const message = await bob.send('p2p-alice', { type: 'text', body: 'keep on bob side' });
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.messages).toHaveLength(1));
    await act(() => result.current.deleteMessages([message.idClient]));
    expect(result.current.messages).toHaveLength(0);
    expect(selectMessage(bob.store.getState().messages['p2p-alice'], message.idClient)?.body).toBe(
      'keep on bob side',
    );
  });

  it('shows why the first page failed instead of loading forever, and loadOlder retries it', async () => {
    env = await localChats();
    const { alice, bob } = env;
    await bob.send('p2p-alice', { type: 'text', body: 'are you there?' });
    vi.spyOn(alice.adapter, 'getHistory').mockRejectedValueOnce(
      new ChatError('TIMEOUT', 'history timed out'),
    );
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await waitFor(() => expect(result.current.error?.code).toBe('TIMEOUT'));
    expect(result.current.loading).toBe(false);

    await act(() => result.current.loadOlder());
    await waitFor(() =>
      expect(result.current.messages.map((m) => m.body)).toEqual(['are you there?']),
    );
    expect(result.current.error).toBeNull();
  });

  it('waits for the connection instead of failing, and loads once it is up', async () => {
    env = await localChats();
    const { alice, bob } = env;
    await bob.send('p2p-alice', { type: 'text', body: 'while you were away' });
    await alice.disconnect();
    const { result } = renderHook(() => useMessages('p2p-bob'), { wrapper: env.wrapper });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toMatchObject({ loading: true, error: null, messages: [] });

    await act(() => alice.connect());
    await waitFor(() =>
      expect(result.current.messages.map((m) => m.body)).toEqual(['while you were away']),
    );
  });
});
