import type { TeamReceiptDetail } from '@parley/core';
import { screen, within } from '@testing-library/react';
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
    await user.click(screen.getByRole('button', { name: '2 unread' }));
    expect(loadDetail).toHaveBeenCalledOnce();
    const dialog = screen.getByRole('dialog', { name: 'Read receipts' });
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
