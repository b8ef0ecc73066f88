import type { en } from './locales/en.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** i18next's plural suffixes, one per `Intl.PluralRules` category. */
export type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every translation key Parley uses, e.g. `'session.menu.pin'` (plural keys without suffix). */
export type ParleyKey = StripPlural<Leaves<typeof en>>;

/** Interpolation values of a translation; `count` selects the plural form. */
export type TranslateOptions = Readonly<Record<string, string | number>>;

/** Parley's translate function, bound to its namespace and the active locale. */
export type ParleyT = (key: ParleyKey, options?: TranslateOptions) => string;
