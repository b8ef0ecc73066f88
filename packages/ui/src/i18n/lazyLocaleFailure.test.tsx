import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createParleyI18n } from './createParleyI18n.ts';
import { LocaleProvider } from './LocaleProvider.tsx';
import { loadParleyLocale, parleyLocaleLoaded } from './loadParleyLocale.ts';
import { useT } from './useT.ts';

// The Turkish module fails to arrive the first time (offline, a chunk gone after a deploy).
const fetches = vi.hoisted(() => ({ failing: 1 }));
vi.mock('./locales/tr.ts', async (importOriginal) => {
  if (fetches.failing > 0) {
    fetches.failing -= 1;
    throw new Error('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

function Send() {
  return <span>{useT()('input.send')}</span>;
}

describe('a locale module that cannot be fetched', () => {
  it('leaves English on screen, reports the failure to who waits, and loads on the next try', async () => {
    const i18n = createParleyI18n({ locale: 'tr' });
    render(
      <LocaleProvider i18n={i18n}>
        <Send />
      </LocaleProvider>,
    );
    await expect(parleyLocaleLoaded(i18n)).rejects.toThrow();
    expect(fetches.failing).toBe(0);
    expect(screen.getByText('Send')).toBeTruthy();

    await loadParleyLocale('tr');
    await i18n.changeLanguage('tr');
    expect(await screen.findByText('Gönder')).toBeTruthy();
  });
});
