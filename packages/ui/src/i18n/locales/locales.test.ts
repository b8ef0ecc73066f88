import { describe, expect, it } from 'vitest';
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

const locales = { en, 'zh-CN': zhCN } as const;

describe('bundled locales', () => {
  const base = (key: string) => key.replace(PLURAL, '');
  const keySets = Object.fromEntries(
    Object.entries(locales).map(([locale, bundle]) => [
      locale,
      new Set([...leaves(bundle).keys()].map(base)),
    ]),
  );

  it.each(Object.keys(locales))('%s has every key the others have', (locale) => {
    const own = keySets[locale] ?? new Set();
    for (const [other, keys] of Object.entries(keySets)) {
      const missing = [...keys].filter((k) => !own.has(k));
      expect(missing, `${locale} lacks keys that ${other} has`).toEqual([]);
    }
  });

  it.each(Object.entries(locales))(
    '%s has every plural form its language needs',
    (locale, bundle) => {
      const all = leaves(bundle);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = new Set(
        [...all.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      );
      for (const key of plurals) {
        for (const category of categories) {
          expect(all.has(`${key}_${category}`), `${locale}: ${key}_${category}`).toBe(true);
        }
      }
    },
  );

  it('zh-CN uses the same placeholders as English', () => {
    const english = leaves(en);
    const chinese = leaves(zhCN);
    for (const [key, text] of chinese) {
      const reference = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
      expect(reference, key).toBeDefined();
      expect(placeholders(text), key).toEqual(placeholders(reference ?? ''));
    }
  });
});
