import type { i18n as I18n } from 'i18next';
import { createContext } from 'react';
import type { Formatters } from './format.ts';
import type { WritingDirection } from './localeDirection.ts';
import type { ParleyT } from './ParleyKey.ts';

/** What `LocaleProvider` gives its subtree. */
export interface LocaleContextValue {
  /** The active locale (resolved by i18next). */
  locale: string;
  /** The requested locale, canonical (`en-GB` while strings come from `en`): `Intl` and `lang` use it. */
  tag: string;
  /** The requested locale's writing direction. */
  direction: WritingDirection;
  /** The provider's private i18next instance. */
  i18n: I18n;
  t: ParleyT;
  format: Formatters;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
LocaleContext.displayName = 'ParleyLocaleContext';
