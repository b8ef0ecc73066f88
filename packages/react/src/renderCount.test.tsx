import type { Message } from '@parley/core';
import { act, render, waitFor } from '@testing-library/react';
import { memo, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatProvider } from './ChatProvider.tsx';
import { localChats } from './test/localChats.tsx';
import { useMessage } from './useMessage.ts';
import { useMessages } from './useMessages.ts';
import { useReactions } from './useReactions.ts';
import { useSession } from './useSession.ts';
import { useSessions } from './useSessions.ts';

let env: Awaited<ReturnType<typeof localChats>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const renders = new Map<string, number>();
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);

const Row = memo(function Row({ id }: { id: string }) {
  const { session } = useSession(id);
  count(id);
  return <li>{session?.lastMsg?.body ?? ''}</li>;
});

function List() {
  const { sessions } = useSessions();
  count('list');
  return (
    <ul>
      {sessions.map((s) => (
        <Row key={s.id} id={s.id} />
      ))}
    </ul>
  );
}

function DraftProbe({ id, children }: { id: string; children?: ReactNode }) {
  const { draft } = useSession(id);
  count(`draft:${id}`);
  return (
    <p>
      {draft}
      {children}
    </p>
  );
}

const MessageRow = memo(function MessageRow({ id }: { id: string }) {
  const message = useMessage('p2p-bob', id);
  const reactions = useReactions(message ?? {});
  count(id);
  return (
    <li>
      {message?.body}
      {reactions.map((r) => `${r.key}${r.count}`).join(' ')}
    </li>
  );
});

function Messages() {
  const { messages } = useMessages('p2p-bob');
  return (
    <ul>
      {messages.map((m) => (
        <MessageRow key={m.idClient} id={m.idClient} />
      ))}
    </ul>
  );
}

describe('render isolation', () => {
  it('re-renders only the row of the session that got a message', async () => {
    env = await localChats();
    const { alice, bob, open } = env;
    const carol = await open('carol');
    await bob.send('p2p-alice', { type: 'text', body: 'b1' });
    await carol.send('p2p-alice', { type: 'text', body: 'c1' });
    const view = render(
      <ChatProvider chat={alice} autoConnect={false}>
        <List />
      </ChatProvider>,
    );
    await waitFor(() => expect(view.getAllByRole('listitem')).toHaveLength(2));
    renders.clear();

    // Bob's session is already first: its row changes, the order does not.
    await act(async () => {
      await bob.send('p2p-alice', { type: 'text', body: 'b2' });
    });
    await waitFor(() => expect(view.getByText('b2')).toBeTruthy());
    expect(renders.get('p2p-bob')).toBeGreaterThan(0);
    expect(renders.get('p2p-carol') ?? 0).toBe(0);
    carol.destroy();
  });

  it('typing into a draft re-renders nothing but that draft', async () => {
    env = await localChats();
    const { alice, bob } = env;
    await bob.send('p2p-alice', { type: 'text', body: 'hi' });
    alice.insertLocalSession({ scene: 'p2p', to: 'carol' });
    const view = render(
      <ChatProvider chat={alice} autoConnect={false}>
        <List />
        <DraftProbe id="p2p-carol" />
      </ChatProvider>,
    );
    await waitFor(() => expect(view.getAllByRole('listitem')).toHaveLength(2));
    renders.clear();

    act(() => alice.setDraft('p2p-bob', 'typing…'));
    expect(renders.get('p2p-bob')).toBe(1);
    expect(renders.get('p2p-carol') ?? 0).toBe(0);
    expect(renders.get('draft:p2p-carol') ?? 0).toBe(0);
  });

  it('a reaction or an edit on one message re-renders that row only', async () => {
    env = await localChats();
    const { alice, bob } = env;
    const sent: Message[] = [];
    for (const body of ['one', 'two', 'three']) {
      sent.push(await bob.send('p2p-alice', { type: 'text', body }));
    }
    const mine = await alice.send('p2p-bob', { type: 'text', body: 'mine' });
    const view = render(
      <ChatProvider chat={alice} autoConnect={false}>
        <Messages />
      </ChatProvider>,
    );
    await waitFor(() => expect(view.getAllByRole('listitem')).toHaveLength(4));
    const [one, two, three] = sent.map((m) => m.idClient);
    renders.clear();

    const target = sent[1];
    if (!target) throw new Error('not sent');
    // Bob's own copy: its session is p2p-alice on his side.
    await act(() => bob.react(target, '🎉'));
    await waitFor(() => expect(view.getByText(/two🎉1/)).toBeTruthy());
    expect(renders.get(two ?? '')).toBeGreaterThan(0);
    expect([one, three, mine.idClient].map((id) => renders.get(id ?? '') ?? 0)).toEqual([0, 0, 0]);

    renders.clear();
    await act(() => alice.edit(mine, 'mine, fixed'));
    expect(view.getByText('mine, fixed')).toBeTruthy();
    expect(renders.get(mine.idClient)).toBeGreaterThan(0);
    expect([one, two, three].map((id) => renders.get(id ?? '') ?? 0)).toEqual([0, 0, 0]);
  });
});
