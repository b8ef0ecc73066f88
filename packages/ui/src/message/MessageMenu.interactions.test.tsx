import type { Message } from '@parley/core';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NOW, textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';

function setup(message: Message, options: { editWindowMs?: number; reactions?: string[] } = {}) {
  const handlers = {
    onReply: vi.fn(),
    onReact: vi.fn(),
    onPickReaction: vi.fn(),
    onEdit: vi.fn(),
    onDelete: vi.fn(),
  };
  renderWithParley(
    <MessageMenu
      message={message}
      me="me"
      now={NOW}
      editWindowMs={options.editWindowMs}
      {...handlers}
    >
      <MessageBubble message={message} me="me" tabIndex={0}>
        {message.body}
      </MessageBubble>
    </MessageMenu>,
    { reactions: options.reactions },
  );
  return { handlers, user: userEvent.setup() };
}

const openMenu = async () => {
  fireEvent.contextMenu(screen.getByRole('article'));
  return screen.findByRole('menu');
};

describe('MessageMenu: reply, react, edit', () => {
  it('tops the menu with the quick reactions, mine checked, then Reply, React and Edit', async () => {
    const mine = textMessage('teh plan', {
      from: 'me',
      status: 'sent',
      time: NOW - 60_000,
      reactions: { '😂': { me: { on: true, time: NOW - 1000 } } },
    });
    const { handlers, user } = setup(mine, { reactions: ['👍', '😂'] });
    const menu = await openMenu();
    const row = within(menu).getByRole('group');
    const quick = within(row).getAllByRole('menuitemcheckbox');
    expect(quick.map((item) => item.getAttribute('aria-label'))).toEqual([
      'React with 👍',
      'React with 😂',
    ]);
    expect(quick.map((item) => item.getAttribute('aria-checked'))).toEqual(['false', 'true']);
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Reply', 'React', 'Edit', 'Copy', 'Delete for me']);
    await user.click(quick[1] as HTMLElement);
    expect(handlers.onReact).toHaveBeenCalledWith(mine, '😂');
  });

  it('reaches every action from the keyboard', async () => {
    const theirs = textMessage('hello', { from: 'alice', time: NOW - 60_000 });
    const { handlers, user } = setup(theirs);
    screen.getByRole('article').focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await screen.findByRole('menu');
    // The first quick reaction has focus; down past the six of them reaches Reply.
    await user.keyboard('{ArrowDown>6/}{Enter}');
    expect(handlers.onReply).toHaveBeenCalledWith(theirs);
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await screen.findByRole('menu');
    await user.keyboard('{ArrowDown>7/}{Enter}');
    expect(handlers.onPickReaction).toHaveBeenCalledWith(theirs);
  });

  it('offers Edit for my delivered text inside the window only, and never for theirs', async () => {
    const old = textMessage('old', { from: 'me', status: 'sent', time: NOW - 10 * 60_000 });
    const { unmount } = renderOnce(old, 5 * 60_000);
    expect(await labels()).not.toContain('Edit');
    unmount();
    const failed = textMessage('x', { from: 'me', status: 'sendFailed', time: NOW - 1000 });
    const second = renderOnce(failed);
    expect(await labels()).not.toContain('Edit');
    expect(await labels()).not.toContain('Reply');
    second.unmount();
    renderOnce(textMessage('theirs', { from: 'alice', time: NOW - 1000 }));
    expect(await labels()).not.toContain('Edit');
  });

  it('offers nothing of the three on a recalled message', async () => {
    renderOnce(
      textMessage('', { from: 'me', status: 'sent', recall: { by: 'me', time: NOW - 1000 } }),
    );
    const all = await labels();
    expect(all).not.toContain('Reply');
    expect(all).not.toContain('React');
    expect(screen.queryAllByRole('menuitemcheckbox')).toEqual([]);
  });
});

function renderOnce(message: Message, editWindowMs?: number) {
  return renderWithParley(
    <MessageMenu
      message={message}
      me="me"
      now={NOW}
      editWindowMs={editWindowMs}
      onReply={() => {}}
      onReact={() => {}}
      onPickReaction={() => {}}
      onEdit={() => {}}
      onDelete={() => {}}
    >
      <MessageBubble message={message} me="me" tabIndex={0} role="article">
        {message.body}
      </MessageBubble>
    </MessageMenu>,
  );
}

async function labels(): Promise<string[]> {
  fireEvent.contextMenu(screen.getAllByRole('article')[0] as HTMLElement);
  const menu = await screen.findByRole('menu');
  const items = within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent ?? '');
  fireEvent.keyDown(menu, { key: 'Escape' });
  return items;
}
