import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createParleyI18n } from '../i18n/createParleyI18n.ts';
import { ParleyRoot } from './ParleyRoot.tsx';
import { useDirection } from './useDirection.ts';

/** What components inside the root read as the direction (menus, arrow keys). */
function Direction() {
  return <span data-testid="direction">{useDirection()}</span>;
}

const rootOf = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-part="root"]');

describe('ParleyRoot direction and language', () => {
  it.each([
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
  ] as const)('lays %s out %s and marks its language', (locale, dir) => {
    const { container } = render(
      <ParleyRoot locale={locale}>
        <Direction />
      </ParleyRoot>,
    );
    expect(rootOf(container)?.getAttribute('dir')).toBe(dir);
    expect(rootOf(container)?.getAttribute('lang')).toBe(locale);
    expect(screen.getByTestId('direction').textContent).toBe(dir);
  });

  it('lays English out left to right when no locale is given', () => {
    const { container } = render(<ParleyRoot />);
    expect(rootOf(container)?.getAttribute('dir')).toBe('ltr');
    expect(rootOf(container)?.getAttribute('lang')).toBe('en');
  });

  it('follows a new locale', () => {
    const { container, rerender } = render(
      <ParleyRoot locale="en">
        <Direction />
      </ParleyRoot>,
    );
    rerender(
      <ParleyRoot locale="he">
        <Direction />
      </ParleyRoot>,
    );
    expect(rootOf(container)?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('direction').textContent).toBe('rtl');
  });

  it('follows the language a shared instance changes to', async () => {
    const i18n = createParleyI18n({ locale: 'en' });
    const { container } = render(
      <ParleyRoot i18n={i18n}>
        <Direction />
      </ParleyRoot>,
    );
    expect(rootOf(container)?.getAttribute('dir')).toBe('ltr');
    await act(() => i18n.changeLanguage('ar'));
    expect(rootOf(container)?.getAttribute('dir')).toBe('rtl');
    expect(rootOf(container)?.getAttribute('lang')).toBe('ar');
  });

  it('takes the dir the app gives it over the locale', () => {
    const { container } = render(
      <ParleyRoot locale="ar" dir="ltr">
        <Direction />
      </ParleyRoot>,
    );
    expect(rootOf(container)?.getAttribute('dir')).toBe('ltr');
    expect(screen.getByTestId('direction').textContent).toBe('ltr');
  });

  it.each([
    ['rtl', 'en'],
    ['ltr', 'ar'],
  ] as const)('inherits the page direction %s the app set, over the locale %s', (dir, locale) => {
    const { container } = render(
      <div dir={dir}>
        <ParleyRoot locale={locale}>
          <Direction />
        </ParleyRoot>
      </div>,
    );
    // No attribute of its own: the page's direction reaches the root and everything in it.
    expect(rootOf(container)?.hasAttribute('dir')).toBe(false);
    expect(screen.getByTestId('direction').textContent).toBe(dir);
  });

  it('reads left to right outside a root', () => {
    render(<Direction />);
    expect(screen.getByTestId('direction').textContent).toBe('ltr');
  });

  it('lets the app set its own lang', () => {
    const { container } = render(<ParleyRoot locale="pt-BR" lang="pt" />);
    expect(rootOf(container)?.getAttribute('lang')).toBe('pt');
  });

  it('falls back to English and left to right for a malformed locale, without throwing', () => {
    const { container } = render(<ParleyRoot locale="not a locale!" />);
    expect(rootOf(container)?.getAttribute('dir')).toBe('ltr');
    expect(rootOf(container)?.getAttribute('lang')).toBe('en');
  });
});
