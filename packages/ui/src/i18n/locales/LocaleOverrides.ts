import type { PluralSuffix } from '../ParleyKey.ts';
import type { en } from './en.ts';

/** A key of the English bundle, or for a plural key (`unread_one`) every plural form. */
type OverrideKey<K extends string> = K extends `${infer Base}_${PluralSuffix}`
  ? `${Base}_${PluralSuffix}`
  : K;

/** Any subset of a bundle shaped like `T`. */
type OverridesOf<T> = {
  readonly [K in keyof T & string as OverrideKey<K>]?: T[K] extends string
    ? string
    : OverridesOf<T[K]>;
};

/**
 * Any subset of Parley's strings, for app overrides, typed by key: a misspelled key or a
 * string where a section belongs fails type-checking. Plural keys take every plural form a
 * language may need (`unread_few`, `unread_many` …), not only English's `_one` and `_other`.
 */
export type LocaleOverrides = OverridesOf<typeof en>;

/** String overrides per locale (`{ en: { input: { placeholder: 'Say hi' } }, fr: { … } }`). */
export type ParleyResources = Readonly<Record<string, LocaleOverrides>>;
