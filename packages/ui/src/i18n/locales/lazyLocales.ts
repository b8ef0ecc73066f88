/**
 * The locales Parley ships beyond English and Simplified Chinese. Each is a module of its own
 * (see `supplyLazyLocales.ts`): an app downloads a locale's strings only when one of its roots
 * asks for that locale.
 */
export const lazyLocales = [
  'zh-TW',
  'ja',
  'ko',
  'es',
  'fr',
  'de',
  'pt-BR',
  'ru',
  'tr',
  'hi',
  'ar',
  'he',
] as const;

/** A locale whose strings Parley loads on first use. */
export type LazyLocale = (typeof lazyLocales)[number];

/** Whether Parley ships `code`'s strings as a module loaded on first use. */
export function isLazyLocale(code: string): code is LazyLocale {
  return (lazyLocales as readonly string[]).includes(code);
}
