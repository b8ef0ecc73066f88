import { createLocalAdapter } from '@parley/adapter-local';
import { ChatProvider, createChat } from '@parley/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ParleyRoot } from '../root/ParleyRoot.tsx';
import { type PaneEnv, paneEnv, storedText } from '../test/paneEnv.tsx';
import { MessageList } from './MessageList.tsx';

const RECT = { width: 480, height: 2000 };

/** The row whose own text (not a quote of it) is `text`, if rendered. */
function rowOf(text: string): HTMLElement | null {
  const bodies = screen.getByRole('log').querySelectorAll('[data-part="message-text"]');
  const body = [...bodies].find((element) => element.textContent === text);
  return body?.closest<HTMLElement>('[data-part="message-row"]') ?? null;
}

let env: PaneEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** 300 messages, the newest a reply to the 150th: far outside the first page. */
function longThread(now: number) {
  const messages = Array.from({ length: 299 }, (_, i) =>
    storedText(i + 1, `line ${i + 1}`, now - (400 - i) * 1000),
  );
  const original = messages[149];
  if (!original) throw new Error('no original');
  const reply = {
    ...storedText(300, 'about that', now - 1000, 'me'),
    replyTo: {
      idClient: original.idClient,
      idServer: original.idServer,
      from: original.from,
      type: original.type,
      body: original.body,
      time: original.time,
    },
  };
  return [...messages, reply];
}

describe('MessageList: jumping to a reply’s original', () => {
  it('loads history around an original far back, then focuses and highlights it', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: longThread(Date.now()), historyPageSize: 20 });
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    const quote = await screen.findByRole('button', { name: 'In reply to Alice: line 150' });
    expect(rowOf('line 150')).toBeNull();
    await user.click(quote);

    await waitFor(() => expect(rowOf('line 150')).not.toBeNull());
    const row = rowOf('line 150');
    await waitFor(() => expect(row?.dataset.highlight).toBe('true'));
    const message = row?.querySelector('[data-message-id]');
    await waitFor(() => expect(document.activeElement).toBe(message));
    // The window was replaced by the history around it, with more to load both ways.
    expect(rowOf('about that')).toBeNull();
    const window = env.me.store.getState().messages['p2p-alice'];
    expect(window?.hasMoreNewer).toBe(true);
    expect(window?.hasMoreOlder).toBe(true);
  }, 30_000);

  it('says so when the original is no longer in the history', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: longThread(Date.now()), historyPageSize: 20 });
    await env.me.deleteMessages('p2p-alice', ['t-150']);
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    const quote = await screen.findByRole('note');
    expect(quote.textContent).toContain('The original message was deleted');
    // Not a button: there is nothing to jump to.
    expect(within(quote).queryByRole('button')).toBeNull();
    await user.click(quote);
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);

  it('offers no reply, reaction or edit on a backend that has none', async () => {
    env = await paneEnv({ messages: [storedText(1, 'plain', Date.now() - 5000)] });
    const {
      react: _react,
      edit: _edit,
      replies: _replies,
      ...bare
    } = createLocalAdapter({
      server: env.server,
      account: 'me',
    });
    const chat = createChat({ adapter: bare });
    await chat.connect();
    render(
      <ChatProvider chat={chat} autoConnect={false}>
        <ParleyRoot>
          <MessageList sessionId="p2p-alice" initialRect={RECT} onReply={() => {}} />
        </ParleyRoot>
      </ChatProvider>,
    );
    const text = await screen.findByText('plain');
    const row = text.closest<HTMLElement>('[data-part="message-row"]') as HTMLElement;
    fireEvent.pointerEnter(row);
    expect(screen.queryByRole('group', { name: 'Quick reactions' })).toBeNull();
    fireEvent.contextMenu(row.querySelector('[data-message-id]') as HTMLElement);
    const menu = await screen.findByRole('menu');
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(items).not.toContain('Reply');
    expect(items).not.toContain('React');
    expect(within(menu).queryAllByRole('menuitemcheckbox')).toEqual([]);
    chat.destroy();
  }, 30_000);
});
