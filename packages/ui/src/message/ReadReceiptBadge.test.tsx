import type { TeamReceiptDetail } from '@parley/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { getName } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { ReadReceiptBadge } from './ReadReceiptBadge.tsx';

describe('ReadReceiptBadge', () => {
  it('shows p2p read and unread', () => {
    renderWithParley(
      <>
        <ReadReceiptBadge kind="p2p" read />
        <ReadReceiptBadge kind="p2p" read={false} />
      </>,
    );
    expect(screen.getByText('Read').getAttribute('data-state')).toBe('read');
    expect(screen.getByText('Unread').getAttribute('data-state')).toBe('unread');
  });

  it('shows team counts without a popover when no loader is given', () => {
    renderWithParley(
      <>
        <ReadReceiptBadge kind="team" read={3} unread={2} />
        <ReadReceiptBadge kind="team" read={5} unread={0} />
      </>,
    );
    expect(screen.getByText('2 unread')).toBeTruthy();
    expect(screen.getByText('All read')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('loads who read lazily when the popover opens', async () => {
    const user = userEvent.setup();
    let resolve: (detail: TeamReceiptDetail) => void = () => {};
    const loadDetail = vi.fn(
      () =>
        new Promise<TeamReceiptDetail>((r) => {
          resolve = r;
        }),
    );
    const { baseElement } = renderWithParley(
      <ReadReceiptBadge
        kind="team"
        read={1}
        unread={2}
        loadDetail={loadDetail}
        getName={getName}
      />,
    );
    expect(loadDetail).not.toHaveBeenCalled();
    const badge = screen.getByRole('button', { name: '2 unread' });
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await user.click(badge);
    expect(loadDetail).toHaveBeenCalledOnce();
    const dialog = await screen.findByRole('dialog', { name: 'Read receipts' });
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(badge.getAttribute('aria-controls')).toBe(dialog.id);
    expect(within(dialog).getByRole('status', { name: 'Loading…' })).toBeTruthy();
    resolve({ read: ['alice'], unread: ['bob', 'carol'] });
    const unread = await within(dialog).findByRole('region', { name: 'Unread (2)' });
    expect(within(unread).getByText('Bob Li')).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: 'Read (1)' }).textContent).toContain(
      'Alice Chen',
    );
    await expectNoAxeViolations(baseElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(document.activeElement).toBe(badge));
  });

  it('opens from the keyboard, toggles from the badge and stays out of the way of a press elsewhere', async () => {
    const user = userEvent.setup();
    const loadDetail = vi.fn(async () => ({ read: ['alice'], unread: [] }));
    renderWithParley(
      <>
        <ReadReceiptBadge kind="team" read={1} unread={0} loadDetail={loadDetail} />
        <button type="button">Elsewhere</button>
      </>,
    );
    const badge = screen.getByRole('button', { name: 'All read' });
    await user.tab();
    expect(document.activeElement).toBe(badge);
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Read receipts' });
    // Focus moves into the popover, as it did when the badge was a Radix trigger.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(await within(dialog).findByRole('region', { name: 'Read (1)' })).toBeTruthy();

    // A press on the badge closes the popover (and does not reopen it).
    await user.click(badge);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(badge));
    expect(loadDetail).toHaveBeenCalledOnce();

    // A press elsewhere closes it and leaves focus where the user put it.
    await user.click(badge);
    await screen.findByRole('dialog');
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(elsewhere);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(elsewhere);
    expect(loadDetail).toHaveBeenCalledTimes(2);
  });

  it('reports a failed load and retries', async () => {
    const user = userEvent.setup();
    const loadDetail = vi
      .fn<() => Promise<TeamReceiptDetail>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ read: [], unread: ['bob'] });
    renderWithParley(<ReadReceiptBadge kind="team" read={0} unread={1} loadDetail={loadDetail} />);
    await user.click(screen.getByRole('button', { name: '1 unread' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('bob')).toBeTruthy();
    expect(screen.getByText('Nobody')).toBeTruthy();
  });
});
