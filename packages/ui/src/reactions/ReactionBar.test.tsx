import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { ReactionBar } from './ReactionBar.tsx';

describe('ReactionBar', () => {
  it('offers the default set with mine pressed, toggles, and opens the picker', async () => {
    const onToggle = vi.fn();
    const onMore = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithParley(
      <ReactionBar mine={['❤️']} onToggle={onToggle} onMore={onMore} />,
    );
    const buttons = screen.getAllByRole('button', { name: /^React with/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['👍', '❤️', '😂', '😮', '😢', '🙏']);
    expect(screen.getByRole('button', { name: 'React with ❤️' })?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'React with 😂' }));
    expect(onToggle).toHaveBeenCalledWith('😂');
    await user.click(screen.getByRole('button', { name: 'More reactions' }));
    expect(onMore).toHaveBeenCalledWith(screen.getByRole('button', { name: 'More reactions' }));
    await expectNoAxeViolations(container);
  });

  it('uses the app’s set from ParleyRoot, and a prop over both', () => {
    const { unmount } = renderWithParley(<ReactionBar mine={[]} onToggle={() => {}} />, {
      reactions: ['✅', '❌'],
    });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['✅', '❌']);
    unmount();
    renderWithParley(<ReactionBar mine={[]} onToggle={() => {}} reactions={['👀']} />, {
      reactions: ['✅', '❌'],
    });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['👀']);
  });

  it('speaks Chinese', () => {
    renderWithParley(<ReactionBar mine={[]} onToggle={() => {}} onMore={() => {}} />, {
      locale: 'zh-CN',
    });
    expect(screen.getByRole('group', { name: '快捷表情回复' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '更多表情' })).toBeTruthy();
  });
});
