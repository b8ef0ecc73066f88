import type { i18n as I18n } from 'i18next';
import { bundledLocales, createParleyI18n, PARLEY_NAMESPACE } from './createParleyI18n.ts';
import { isLazyLocale, type LazyLocale, lazyLocales } from './locales/lazyLocales.ts';

/** A locale Parley ships strings for. */
export type ParleyLocale = keyof typeof bundledLocales | LazyLocale;

/**
 * Every locale Parley ships, English first. English and Simplified Chinese are in the initial
 * bundle; each of the others is its own module, loaded the first time a root asks for it.
 */
export const parleyLocales: readonly ParleyLocale[] = [
  ...(Object.keys(bundledLocales) as (keyof typeof bundledLocales)[]),
  ...lazyLocales,
];

/**
 * Resolves once an instance from `createParleyI18n` holds the strings Parley ships for its
 * current language (after `changeLanguage`, the new one's); at once when they are in the
 * initial bundle or Parley does not ship them. Rejects when their module cannot be fetched.
 */
export async function parleyLocaleLoaded(i18n: I18n): Promise<void> {
  if (!i18n.languages?.some(isLazyLocale)) return;
  const { supplyLazyLocales } = await import('./supplyLazyLocales.ts');
  await supplyLazyLocales(i18n, PARLEY_NAMESPACE);
}

/**
 * Loads the strings Parley ships for `locale` (`'ja'`, `'ja-JP'`, `'pt'` for Brazilian
 * Portuguese, …), so that roots and instances created afterwards are translated from their
 * first render. Without it, a root with such a locale renders in English first and switches
 * once the strings arrive. Resolves at once for English, Simplified Chinese and locales Parley
 * does not ship; rejects when the strings' module cannot be fetched.
 */
export function loadParleyLocale(locale: string): Promise<void> {
  return parleyLocaleLoaded(createParleyI18n({ locale }));
}
