import { fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { Avatar } from './Avatar.tsx';
import { colorIndex, graphemeInitials, initials } from './initials.ts';

describe('Avatar', () => {
  it('shows the image, then initials when it fails to load', async () => {
    const { container } = renderWithParley(
      <Avatar id="alice" name="Alice Chen" src="https://example.com/a.png" />,
    );
    const avatar = screen.getByRole('img', { name: 'Alice Chen' });
    const img = container.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://example.com/a.png');
    if (img) fireEvent.error(img);
    expect(avatar.getAttribute('data-state')).toBe('initials');
    expect(avatar.textContent).toBe('AC');
    await expectNoAxeViolations(container);
  });

  it('never uses an unsafe URL as the image', () => {
    const { container } = renderWithParley(<Avatar id="x" name="X" src="javascript:alert(1)" />);
    expect(container.querySelector('img')).toBeNull();
  });

  it('is hidden from screen readers when decorative', () => {
    renderWithParley(<Avatar id="alice" name="Alice" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('gives the same id the same color', () => {
    expect(colorIndex('alice')).toBe(colorIndex('alice'));
    const colors = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => colorIndex(id)));
    expect(colors.size).toBeGreaterThan(1);
  });
});

describe('initials', () => {
  it('handles Latin, Han, emoji and invisible characters', () => {
    expect(initials('alice chen')).toBe('AC');
    expect(initials('Bob')).toBe('B');
    expect(initials('陈小明')).toBe('小明');
    expect(initials('思远 Fischer')).toBe('思F');
    expect(initials('👩‍💻 Dev Team')).toBe('👩‍💻D');
    expect(initials('\u200b\u200b')).toBe('?');
    expect(initials('')).toBe('?');
    expect(initials(' -- x_y  #7 ')).toBe('X7');
  });

  it('gives plain ASCII names the same initials as the general rule', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' \t-_.#@xyzABC019') });
    fc.assert(
      fc.property(ascii, (name) => {
        expect(initials(name)).toBe(graphemeInitials(name));
      }),
    );
  });
});
