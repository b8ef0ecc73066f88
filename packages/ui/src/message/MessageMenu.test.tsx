import type { Message } from '@parley/core';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { fileMessage, NOW, textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';

function setup(message: Message, now = NOW) {
  const handlers = {
    onCopy: vi.fn(),
    onForward: vi.fn(),
    onRecall: vi.fn(),
    onDelete: vi.fn(),
    onResend: vi.fn(),
  };
  const view = renderWithParley(
    <MessageMenu message={message} me="me" now={now} {...handlers}>
      <MessageBubble message={message} me="me" tabIndex={0}>
        {message.body}
      </MessageBubble>
    </MessageMenu>,
  );
  return { ...view, handlers, user: userEvent.setup() };
}

// The menu's code may still be loading when it opens: wait for its items.
const items = async () => (await screen.findAllByRole('menuitem')).map((i) => i.textContent);

describe('MessageMenu', () => {
  it('offers recall for my message inside the window only', async () => {
    const recent = textMessage('hi', { from: 'me', status: 'sent', time: NOW - 60_000 });
    const { user, handlers, unmount } = setup(recent);
    await user.click(screen.getByRole('button', { name: 'More actions for this message' }));
    expect(await items()).toEqual(['Copy', 'Forward', 'Recall', 'Delete for me']);
    await user.click(await screen.findByRole('menuitem', { name: 'Recall' }));
    expect(handlers.onRecall).toHaveBeenCalledWith(recent);
    unmount();

    setup(textMessage('old', { from: 'me', status: 'sent', time: NOW - 10 * 60_000 }));
    fireEvent.contextMenu(screen.getByRole('article'));
    expect(await items()).toEqual(['Copy', 'Forward', 'Delete for me']);
  });

  it('offers resend for failed messages, and no forward or recall', async () => {
    const failed = textMessage('x', { from: 'me', status: 'sendFailed' });
    const { user, handlers } = setup(failed);
    screen.getByRole('article').focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    expect(await items()).toEqual(['Resend', 'Copy', 'Delete for me']);
    await user.keyboard('{Enter}');
    expect(handlers.onResend).toHaveBeenCalledWith(failed);
  });

  it('does not offer copy for files or recall for theirs', async () => {
    setup(fileMessage({ from: 'alice', status: 'read' }));
    fireEvent.contextMenu(screen.getByRole('article'));
    expect(await items()).toEqual(['Forward', 'Delete for me']);
  });

  it('copies and is accessible', async () => {
    const message = textMessage('copy me', { from: 'alice' });
    const { user, handlers, baseElement } = setup(message);
    await user.click(screen.getByRole('button', { name: 'More actions for this message' }));
    await screen.findByRole('menu');
    await expectNoAxeViolations(baseElement);
    await user.click(await screen.findByRole('menuitem', { name: 'Copy' }));
    expect(handlers.onCopy).toHaveBeenCalledWith(message);
  });
});
