import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActionMenu } from '../menu/ActionMenu.tsx';
import { ReadReceiptBadge } from '../message/ReadReceiptBadge.tsx';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { loadPopups } from './lazyPopup.tsx';

// Counts how often the popup module is actually loaded.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./popups.ts', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

function Menu({ name }: { name: string }) {
  return (
    <ActionMenu
      label={`Actions for ${name}`}
      moreLabel={`More actions for ${name}`}
      items={[
        { id: 'archive', label: 'Archive', onSelect: () => {} },
        { id: 'delete', label: 'Delete', danger: true, onSelect: () => {} },
      ]}
    >
      <button type="button">{name}</button>
    </ActionMenu>
  );
}

// The tests run in order: the first one sees the popup module not loaded yet.
describe('lazily loaded popups', () => {
  it('load on the first hover or focus of a target, once, and the menu still opens by keyboard', async () => {
    renderWithParley(
      <>
        <Menu name="one" />
        <Menu name="two" />
        <ReadReceiptBadge
          kind="team"
          read={1}
          unread={1}
          loadDetail={async () => ({ read: [], unread: [] })}
        />
      </>,
    );
    // Mounting a screen of menu targets loads nothing: that would cost its first scroll a frame.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads.count).toBe(0);
    expect(screen.queryByRole('menu')).toBeNull();

    const more = screen.getByRole('button', { name: 'More actions for one' });
    more.focus();
    fireEvent.keyDown(more, { key: 'Enter' });
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'two' }));
    // The code is not there yet: the menu arrives once it has loaded.
    expect(screen.queryByRole('menu')).toBeNull();
    const menu = await screen.findByRole('menu', { name: 'Actions for one' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Archive'));
    expect(menu.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(more));
    expect(loads.count).toBe(1);
  });

  it('open in the same render once loaded', async () => {
    await loadPopups();
    renderWithParley(<Menu name="three" />);
    const more = screen.getByRole('button', { name: 'More actions for three' });
    more.focus();
    fireEvent.keyDown(more, { key: 'Enter' });
    expect(screen.getByRole('menu', { name: 'Actions for three' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Archive'));
  });
});
