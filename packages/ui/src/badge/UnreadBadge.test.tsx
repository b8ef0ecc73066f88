import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { UnreadBadge } from './UnreadBadge.tsx';

describe('UnreadBadge', () => {
  it('caps the number at 99+ but announces the full count', async () => {
    const { container } = renderWithParley(<UnreadBadge count={120} />);
    const badge = screen.getByRole('img', { name: '120 unread messages' });
    expect(badge.textContent).toBe('99+');
    await expectNoAxeViolations(container);
  });

  it('uses the singular and the locale', () => {
    renderWithParley(<UnreadBadge count={1} />);
    expect(screen.getByRole('img', { name: '1 unread message' }).textContent).toBe('1');
  });

  it('renders in Chinese', () => {
    renderWithParley(<UnreadBadge count={3} />, { locale: 'zh-CN' });
    expect(screen.getByRole('img', { name: '3 条未读消息' })).toBeTruthy();
  });

  it('has a muted variant and a dot', () => {
    renderWithParley(<UnreadBadge count={4} muted dot />);
    const badge = screen.getByRole('img');
    expect(badge.getAttribute('data-state')).toBe('muted');
    expect(badge.textContent).toBe('');
  });

  it('renders nothing for zero or garbage', () => {
    const { container } = renderWithParley(
      <>
        <UnreadBadge count={0} />
        <UnreadBadge count={Number.NaN} />
        <UnreadBadge count={-3} />
      </>,
    );
    expect(container.querySelector('.parley-unread-badge')).toBeNull();
  });
});
