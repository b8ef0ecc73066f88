import { describe, expect, it } from 'vitest';
import { createParleyI18n, PARLEY_NAMESPACE } from '../createParleyI18n.ts';
import { loadParleyLocale, parleyLocales } from '../loadParleyLocale.ts';
import { en } from './en.ts';
import type { LocaleBundle } from './LocaleBundle.ts';
import { zhCN } from './zhCN.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(bundle: LocaleBundle, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(bundle)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const base = (key: string) => key.replace(PLURAL, '');

// Every shipped locale, the lazily loaded ones as the kit loads them: a locale added to the
// loaders is checked without touching this test.
const locales: Record<string, LocaleBundle> = { en, 'zh-CN': zhCN };
for (const locale of parleyLocales) {
  await loadParleyLocale(locale);
  const bundle = createParleyI18n({ locale }).getResourceBundle(locale, PARLEY_NAMESPACE);
  if (bundle) locales[locale] ??= bundle;
}

const english = leaves(en);
const englishKeys = new Set([...english.keys()].map(base));
const englishPlurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map(base));

/**
 * Strings a language writes like English (loanwords), per locale. Anything else equal to
 * English, with words in it, is an untranslated string.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  de: ['message.preview.video', 'message.video.label', 'list.title', 'pane.header.offline'],
  fr: [
    'message.preview.image',
    'message.image.alt',
    'session.mutedUnread_one',
    'session.mutedUnread_other',
    'message.preview.custom',
    'input.label',
    'list.label',
    'pane.messages',
  ],
  es: ['list.title'],
  'pt-BR': ['pane.header.offline'],
  tr: ['message.preview.video', 'message.video.label'],
};
/** Has words, not only placeholders and punctuation (`{{name}}: {{text}}` is every language). */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, ''));

describe('shipped locales', () => {
  // A chip shows its count; a name without it fails "label in name" for speech users.
  it.each(Object.keys(locales))(
    '%s: every reaction chip label says the count it shows',
    (locale) => {
      const bundle = locales[locale];
      if (!bundle) throw new Error(`no bundle for ${locale}`);
      const chips = [...leaves(bundle)].filter(([key]) => base(key) === 'reactions.chip');
      expect(chips.length).toBeGreaterThan(0);
      for (const [key, text] of chips)
        expect([key, placeholders(text)]).toEqual([key, ['count', 'emoji']]);
    },
  );

  it('include the twelve beyond English and Simplified Chinese', () => {
    expect(Object.keys(locales).sort()).toEqual(
      [
        'ar',
        'de',
        'en',
        'es',
        'fr',
        'he',
        'hi',
        'ja',
        'ko',
        'pt-BR',
        'ru',
        'tr',
        'zh-CN',
        'zh-TW',
      ].sort(),
    );
  });

  describe.each(Object.entries(locales))('%s', (locale, bundle) => {
    const own = leaves(bundle);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it('has exactly the keys English has', () => {
      const keys = new Set([...own.keys()].map(base));
      expect(
        [...englishKeys].filter((k) => !keys.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !englishKeys.has(k)),
        'unknown',
      ).toEqual([]);
    });

    it('has exactly the plural forms its language has', () => {
      for (const key of englishPlurals) {
        const forms = [...own.keys()]
          .filter((k) => PLURAL.test(k) && base(k) === key)
          .map((k) => k.slice(key.length + 1))
          .sort();
        expect(forms, key).toEqual([...categories].sort());
      }
      const stray = [...own.keys()].filter((k) => PLURAL.test(k) && !englishPlurals.has(base(k)));
      expect(stray, 'plural forms of keys English does not count').toEqual([]);
    });

    it('fills the same placeholders as English', () => {
      for (const [key, text] of own) {
        const reference = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        const expected = placeholders(reference);
        // A plural form may say its number in words (Arabic “رسالتان”, Hebrew “שתי הודעות”):
        // `count` chose the form, so only it may be left out.
        const actual = placeholders(text);
        const allowed = PLURAL.test(key)
          ? [expected, expected.filter((name) => name !== 'count')]
          : [expected];
        expect(allowed, `${locale} ${key}: ${text}`).toContainEqual(actual);
      }
    });
  });

  const translations = Object.entries(locales).filter(([locale]) => locale !== 'en');
  it.each(translations)('%s leaves no English where a translation belongs', (locale, bundle) => {
    const allowed = new Set(sameAsEnglish[locale]);
    const untranslated = [...leaves(bundle)]
      .filter(([key, text]) => english.get(key) === text && hasWords(text) && !allowed.has(key))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has no empty string', (_locale, bundle) => {
    for (const [key, text] of leaves(bundle)) expect(text.trim(), key).not.toBe('');
  });
});
