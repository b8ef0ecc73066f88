import { type Message, selectMessage } from '@parley/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useChat } from './ChatContext.ts';
import { localChats } from './test/localChats.tsx';
import { useMessage } from './useMessage.ts';
import { useMessageFocus } from './useMessageFocus.ts';
import { useMessageActions, useMessages } from './useMessages.ts';
import { useReactions } from './useReactions.ts';
import { useReplyTarget } from './useReplyTarget.ts';

let env: Awaited<ReturnType<typeof localChats>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** Bob's message as alice's store holds it, once it arrived. */
async function received(body: string): Promise<Message> {
  if (!env) throw new Error('no chats');
  const { alice, bob } = env;
  await alice.openSession('p2p-bob');
  const sent = await bob.send('p2p-alice', { type: 'text', body });
  let found: Message | undefined;
  await waitFor(() => {
    found = selectMessage(alice.store.getState().messages['p2p-bob'], sent.idClient);
    expect(found).toBeDefined();
  });
  return found as Message;
}

describe('useReactions', () => {
  it('shows counts with mine marked, and follows a toggle and a peer', async () => {
    env = await localChats();
    const { bob } = env;
    const message = await received('vote');
    const { result } = renderHook(
      () => {
        const current = useMessage('p2p-bob', message.idClient) ?? message;
        return { reactions: useReactions(current), actions: useMessageActions('p2p-bob') };
      },
      { wrapper: env.wrapper },
    );
    expect(result.current.reactions).toEqual([]);
    await act(() => result.current.actions.react(message, '👍'));
    expect(result.current.reactions).toEqual([
      { key: '👍', count: 1, mine: true, accounts: ['alice'] },
    ]);
    const theirs = { ...message, sessionId: 'p2p-alice' as const };
    await act(() => bob.react(theirs, '👍'));
    await waitFor(() =>
      expect(result.current.reactions[0]).toMatchObject({ count: 2, mine: true }),
    );
    await act(() => result.current.actions.react(message, '👍'));
    expect(result.current.reactions).toEqual([
      { key: '👍', count: 1, mine: false, accounts: ['bob'] },
    ]);
  });

  it('keeps the same array while the reactions are the same', async () => {
    env = await localChats();
    const message = await received('stable');
    const { result, rerender } = renderHook(() => useReactions(message), { wrapper: env.wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('useReplyTarget', () => {
  it('finds the quoted message and says when it is recalled', async () => {
    env = await localChats();
    const { bob } = env;
    const original = await received('original');
    const { result } = renderHook(
      () => {
        const { messages, send } = useMessages('p2p-bob');
        const reply = messages.find((m) => m.replyTo);
        return { reply, send, target: useReplyTarget('p2p-bob', reply?.replyTo) };
      },
      { wrapper: env.wrapper },
    );
    expect(result.current.target).toEqual({ state: 'unknown' });
    await act(() => result.current.send({ type: 'text', body: 'quoting', replyTo: original }));
    expect(result.current.reply?.replyTo).toMatchObject({
      idClient: original.idClient,
      from: 'bob',
    });
    expect(result.current.target).toMatchObject({ state: 'ok', original: { body: 'original' } });
    await act(() => bob.recall({ ...original, sessionId: 'p2p-alice' }));
    await waitFor(() => expect(result.current.target.state).toBe('recalled'));
  });

  it('says deleted for an original deleted from my history', async () => {
    env = await localChats();
    const { alice } = env;
    const original = await received('to be deleted');
    const ref = { ...original, type: 'text' as const };
    const { result } = renderHook(() => useReplyTarget('p2p-bob', ref), { wrapper: env.wrapper });
    expect(result.current.state).toBe('ok');
    await act(() => alice.deleteMessages('p2p-bob', [original.idClient]));
    expect(result.current).toEqual({ state: 'deleted' });
  });
});

describe('useMessageFocus', () => {
  it('jumps to a message far back: its page is loaded and it gets the focus', async () => {
    env = await localChats();
    const { bob } = env;
    const first = await bob.send('p2p-alice', { type: 'text', body: 'far back' });
    for (let i = 0; i < 60; i++) await bob.send('p2p-alice', { type: 'text', body: `m${i}` });
    const { result } = renderHook(
      () => ({
        list: useMessages('p2p-bob'),
        focus: useMessageFocus('p2p-bob'),
        chat: useChat(),
      }),
      { wrapper: env.wrapper },
    );
    await waitFor(() => expect(result.current.list.messages.length).toBeGreaterThan(0));
    expect(result.current.list.messages.some((m) => m.idClient === first.idClient)).toBe(false);
    expect(result.current.focus).toBeNull();
    await act(() => result.current.list.jumpTo(first));
    expect(result.current.focus).toEqual({ idClient: first.idClient, seq: 1 });
    expect(result.current.list.messages.some((m) => m.idClient === first.idClient)).toBe(true);
    expect(result.current.list.hasMoreNewer).toBe(true);
    expect(result.current.chat.supports).toEqual({ reply: true, react: true, edit: true });
  });
});
