import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { ActionMenu } from './ActionMenu.tsx';

function setup(moreButton: 'tabbable' | 'pointer' = 'tabbable', dir?: 'ltr' | 'rtl') {
  const onArchive = vi.fn();
  const onDelete = vi.fn();
  const view = renderWithParley(
    <ActionMenu
      label="Actions for the note"
      moreLabel="More actions for the note"
      moreButton={moreButton}
      items={[
        { id: 'archive', label: 'Archive', onSelect: onArchive },
        { id: 'delete', label: 'Delete', danger: true, onSelect: onDelete },
      ]}
    >
      <button type="button">A note</button>
    </ActionMenu>,
    { dir },
  );
  const more = view.container.querySelector<HTMLButtonElement>('[data-part="more-button"]');
  if (!more) throw new Error('no "more" button');
  expect(more.getAttribute('aria-label')).toBe('More actions for the note');
  return { ...view, more, onArchive, onDelete, user: userEvent.setup() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ActionMenu', () => {
  it('renders no menu until one is opened', () => {
    setup();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.querySelector('[data-part="menu-anchor"]')).toBeNull();
  });

  it('opens on right click beside the pointer, named by its label', async () => {
    const { user, onArchive } = setup();
    fireEvent.contextMenu(screen.getByRole('button', { name: 'A note' }), {
      clientX: 40,
      clientY: 12,
    });
    const menu = await screen.findByRole('menu', { name: 'Actions for the note' });
    expect(menu).toBeTruthy();
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Archive',
      'Delete',
    ]);
    await user.click(await screen.findByRole('menuitem', { name: 'Archive' }));
    expect(onArchive).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it.each([
    ['ltr', 'right'],
    ['rtl', 'left'],
  ] as const)(
    'in %s text, opens beside the pointer on its %s, toward the line end',
    async (dir, side) => {
      setup('tabbable', dir);
      fireEvent.contextMenu(screen.getByRole('button', { name: 'A note' }), {
        clientX: 40,
        clientY: 12,
      });
      const menu = await screen.findByRole('menu', { name: 'Actions for the note' });
      await waitFor(() => expect(menu.getAttribute('data-side')).toBe(side));
      // Radix reads the same direction for the menu's own keys.
      expect(menu.getAttribute('dir')).toBe(dir);
    },
  );

  it('does not reopen when the open menu itself is right-clicked', async () => {
    setup();
    fireEvent.contextMenu(screen.getByRole('button', { name: 'A note' }));
    const menu = await screen.findByRole('menu');
    const anchor = document.querySelector('[data-part="menu-anchor"]');
    fireEvent.contextMenu(screen.getByRole('menuitem', { name: 'Archive' }));
    expect(screen.getByRole('menu')).toBe(menu);
    expect(document.querySelector('[data-part="menu-anchor"]')).toBe(anchor);
  });

  it('opens on a long touch press, not on a short one', async () => {
    vi.useFakeTimers();
    setup();
    const target = screen.getByRole('button', { name: 'A note' });
    fireEvent.pointerDown(target, { pointerType: 'touch', clientX: 5, clientY: 5 });
    fireEvent.pointerUp(target, { pointerType: 'touch' });
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('menu')).toBeNull();

    fireEvent.pointerDown(target, { pointerType: 'touch', clientX: 5, clientY: 5 });
    act(() => vi.advanceTimersByTime(700));
    // The menu's code may still be loading: wait for it on real timers.
    vi.useRealTimers();
    expect(await screen.findByRole('menu')).toBeTruthy();
  });

  it('opens from a tabbable "more" button with Enter, focusing the first item, and returns focus', async () => {
    const { user, more, baseElement } = setup();
    more.focus();
    await user.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Archive'));
    await expectNoAxeViolations(baseElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(more));
  });

  it('opens from an assistive-technology click on the "more" button', async () => {
    const { more } = setup();
    fireEvent.click(more, { detail: 0 });
    expect(await screen.findByRole('menu')).toBeTruthy();
  });

  it('toggles from a pointer on the "more" button', async () => {
    const { user, more } = setup('pointer');
    await user.click(more);
    expect(await screen.findByRole('menu')).toBeTruthy();
    await user.click(more);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
