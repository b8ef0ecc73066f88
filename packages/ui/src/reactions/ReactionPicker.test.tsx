import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { PICKER_EMOJI } from './pickerEmoji.ts';
import { ReactionPicker } from './ReactionPicker.tsx';

function Harness({ onPick }: { onPick: (key: string) => void }) {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button ref={anchor} type="button" onClick={() => setOpen(true)}>
        open
      </button>
      {open ? (
        <ReactionPicker
          anchor={anchor}
          quick={['✅', '👍']}
          mine={['👍']}
          onPick={(key) => {
            setOpen(false);
            onPick(key);
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

describe('ReactionPicker', () => {
  it('lists the quick set first then the rest once, and picks by keyboard', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    const { baseElement } = renderWithParley(<Harness onPick={onPick} />);
    await user.click(screen.getByRole('button', { name: 'open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pick a reaction' });
    const options = screen.getAllByRole('button', { name: /^React with/ });
    expect(options.map((o) => o.textContent).slice(0, 3)).toEqual(['✅', '👍', '👎']);
    expect(options).toHaveLength(PICKER_EMOJI.length);
    expect(
      screen.getByRole('button', { name: 'React with 👍' })?.getAttribute('aria-pressed'),
    ).toBe('true');
    expect(dialog.contains(document.activeElement as HTMLElement)).toBe(true);
    options[0]?.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    // One step right, then one row (8) down.
    expect(document.activeElement).toBe(options[9]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(options[options.length - 1]);
    await user.keyboard('{Home}{Enter}');
    expect(onPick).toHaveBeenCalledWith('✅');
    await expectNoAxeViolations(baseElement);
  });

  it('closes on Escape and gives focus back to its anchor', async () => {
    const user = userEvent.setup();
    renderWithParley(<Harness onPick={() => {}} />);
    const open = screen.getByRole('button', { name: 'open' });
    await user.click(open);
    await screen.findByRole('dialog', { name: 'Pick a reaction' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });
});
