import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { NOW, session } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { SessionMenu } from './SessionMenu.tsx';
import { SessionRow } from './SessionRow.tsx';

function setup(overrides: Parameters<typeof session>[0] = {}) {
  const handlers = {
    onPin: vi.fn(),
    onUnpin: vi.fn(),
    onMarkRead: vi.fn(),
    onSetMute: vi.fn(),
    onDelete: vi.fn(),
  };
  const s = session({ unread: 2, ...overrides });
  const view = renderWithParley(
    <div role="listbox" aria-label="Conversations">
      <SessionMenu session={s} name="Alice Chen" {...handlers}>
        <SessionRow session={s} name="Alice Chen" me="me" now={NOW} tabIndex={0} />
      </SessionMenu>
    </div>,
  );
  return { ...view, handlers, user: userEvent.setup() };
}

const itemNames = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

describe('SessionMenu', () => {
  it('opens on right click with the applicable actions', async () => {
    const { handlers, user } = setup();
    fireEvent.contextMenu(screen.getByRole('option'));
    expect(await screen.findByRole('menu', { name: 'Actions for Alice Chen' })).toBeTruthy();
    expect(itemNames()).toEqual([
      'Pin to top',
      'Mark as read',
      'Mute notifications',
      'Delete conversation',
    ]);
    await user.click(await screen.findByRole('menuitem', { name: 'Pin to top' }));
    expect(handlers.onPin).toHaveBeenCalledWith('p2p-alice');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens from the keyboard with Shift+F10 and the ContextMenu key, and returns focus', async () => {
    const { handlers, user, baseElement } = setup({
      mute: true,
      unread: 0,
      stickTopInfo: { isStickOnTop: true, createTime: 1, updateTime: 1, ext: '' },
    });
    const option = screen.getByRole('option');
    option.focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await screen.findByRole('menu');
    expect(itemNames()).toEqual(['Unpin', 'Unmute notifications', 'Delete conversation']);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Unpin'));
    await expectNoAxeViolations(baseElement);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(handlers.onSetMute).toHaveBeenCalledWith('p2p-alice', false);
    await waitFor(() => expect(document.activeElement).toBe(option));

    await user.keyboard('{ContextMenu}');
    expect(await screen.findByRole('menu')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(option));
  });

  it('opens from the "more" button', async () => {
    const { user } = setup();
    const more = document.querySelector<HTMLElement>('[data-part="more-button"]');
    expect(more?.getAttribute('aria-label')).toBe('More actions for Alice Chen');
    if (more) await user.click(more);
    expect(await screen.findByRole('menu')).toBeTruthy();
  });

  it('confirms delete, with an option to clear history', async () => {
    const { handlers, user } = setup();
    fireEvent.contextMenu(screen.getByRole('option'));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete conversation' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete the conversation with Alice Chen?',
    });
    expect(dialog).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onDelete).not.toHaveBeenCalled();

    fireEvent.contextMenu(screen.getByRole('option'));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete conversation' }));
    await screen.findByRole('alertdialog');
    await user.click(screen.getByRole('checkbox', { name: 'Also clear the chat history' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(handlers.onDelete).toHaveBeenCalledWith('p2p-alice', { clearHistory: true });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('renders just the row when no action is given', () => {
    const s = session();
    renderWithParley(
      <div role="listbox" aria-label="Conversations">
        <SessionMenu session={s} name="Alice">
          <SessionRow session={s} name="Alice" me="me" />
        </SessionMenu>
      </div>,
    );
    expect(document.querySelector('[data-part="more-button"]')).toBeNull();
  });
});
