import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { getName, reactionSummaries } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { ReactionChips } from './ReactionChips.tsx';

const reactions = reactionSummaries({ '👍': ['alice', 'me', 'bob'], '❤️': ['carol'] });

describe('ReactionChips', () => {
  it('shows each key with its count, mine pressed, and toggles a key by pointer or keyboard', async () => {
    const onToggle = vi.fn();
    const user = userEvent.setup();
    renderWithParley(
      <ReactionChips reactions={reactions} me="me" getName={getName} onToggle={onToggle} />,
    );
    const group = screen.getByRole('group', { name: 'Reactions' });
    const thumbs = within(group).getByRole('button', { name: '👍: 3 reactions' });
    const heart = within(group).getByRole('button', { name: '❤️: 1 reaction' });
    expect(thumbs?.getAttribute('aria-pressed')).toBe('true');
    expect(heart?.getAttribute('aria-pressed')).toBe('false');
    expect(thumbs?.textContent).toContain('👍3');
    expect(thumbs?.getAttribute('title')).toBe('Alice Chen, You, Bob Li');
    await user.click(heart);
    expect(onToggle).toHaveBeenLastCalledWith('❤️');
    thumbs.focus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('👍');
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(3);
  });

  it('renders nothing without reactions', () => {
    const { container } = renderWithParley(<ReactionChips reactions={[]} />);
    expect(container.querySelector('[data-part="reaction-chips"]')).toBeNull();
  });

  it('renders a key as text, never as markup', () => {
    renderWithParley(<ReactionChips reactions={reactionSummaries({ '<b>x</b>': ['alice'] })} />);
    expect(screen.getByRole('button', { name: '<b>x</b>: 1 reaction' })?.textContent).toContain(
      '<b>x</b>1',
    );
    expect(document.querySelector('b')).toBeNull();
  });

  it('lists who reacted with what in a popover, and gives focus back on Escape', async () => {
    const user = userEvent.setup();
    const { baseElement } = renderWithParley(
      <ReactionChips reactions={reactions} me="me" getName={getName} onToggle={() => {}} />,
    );
    const who = screen.getByRole('button', { name: 'Who reacted' });
    await user.click(who);
    const popover = await screen.findByRole('dialog', { name: 'Who reacted' });
    expect(popover?.textContent).toContain('👍Alice Chen, You, Bob Li');
    expect(popover?.textContent).toContain('❤️Carol Wang');
    expect(who?.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(baseElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(who);
  });
});
