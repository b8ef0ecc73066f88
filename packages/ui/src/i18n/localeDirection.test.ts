import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeDirection } from './localeDirection.ts';

const cases = [
  ['ar', 'rtl'],
  ['ar-EG', 'rtl'],
  ['he', 'rtl'],
  ['fa', 'rtl'],
  ['ur-PK', 'rtl'],
  ['pa-Arab', 'rtl'],
  ['en', 'ltr'],
  ['ja', 'ltr'],
  ['zh-CN', 'ltr'],
  ['pa', 'ltr'],
] as const;

describe('localeDirection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(cases)('writes %s %s', (locale, direction) => {
    expect(localeDirection(locale)).toBe(direction);
  });

  it.each(cases)('writes %s %s where Intl.Locale has no text info', (locale, direction) => {
    // Engines before `getTextInfo` (Firefox until 2024, older Safari) fall back to a list.
    class PlainLocale extends Intl.Locale {
      get textInfo() {
        return undefined;
      }
      getTextInfo = undefined;
    }
    vi.stubGlobal('Intl', { ...Intl, Locale: PlainLocale });
    expect(localeDirection(locale)).toBe(direction);
  });

  it('reads a malformed tag as left to right instead of throwing', () => {
    expect(localeDirection('not a locale!')).toBe('ltr');
    expect(localeDirection('')).toBe('ltr');
  });
});
