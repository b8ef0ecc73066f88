import i18next, { type i18n as I18n } from 'i18next';
import { followLazyLocales } from './followLazyLocales.ts';
import { en } from './locales/en.ts';
import type { ParleyResources } from './locales/LocaleOverrides.ts';
import { zhCN } from './locales/zhCN.ts';

/** The i18next namespace Parley's strings live in, so they never clash with an app's. */
export const PARLEY_NAMESPACE = 'parley';

/**
 * Locales in Parley's initial bundle. The others Parley ships (`parleyLocales`) load on first
 * use; any other locale falls back to English unless the app adds resources.
 */
export const bundledLocales = { en, 'zh-CN': zhCN } as const;

/** Options of {@link createParleyI18n}. */
export interface ParleyI18nOptions {
  /** BCP 47 locale, e.g. `'en'`, `'en-GB'`, `'zh-CN'`. Default `'en'`. */
  locale?: string;
  /**
   * Strings per locale that replace or add to the bundled ones, deep-merged:
   * `{ en: { input: { placeholder: 'Say hi' } }, fr: { … } }`.
   */
  resources?: ParleyResources;
}

/**
 * Creates a private i18next instance with Parley's strings (never the global instance, so an
 * app's own i18next setup is untouched). Initialization is synchronous: English, Simplified
 * Chinese and any locale loaded before (see `loadParleyLocale`) are translated at once. Another
 * locale Parley ships shows English until its module arrives, then switches by itself; so does
 * a later `changeLanguage`.
 *
 * Chinese variants (`zh`, `zh-Hans`, `zh-SG`) fall back to Simplified Chinese, Traditional ones
 * (`zh-Hant`, `zh-HK`, `zh-MO`) to `zh-TW`, `pt` to `pt-BR`, everything else to English.
 */
export function createParleyI18n(options: ParleyI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: options.locale ?? 'en',
    fallbackLng: {
      zh: ['zh-CN', 'en'],
      // Traditional Chinese readers get zh-TW (English while it loads), never Simplified.
      'zh-TW': ['en'],
      'zh-HK': ['zh-TW', 'en'],
      'zh-MO': ['zh-TW', 'en'],
      'zh-Hant': ['zh-TW', 'en'],
      pt: ['pt-BR', 'en'],
      default: ['en'],
    },
    ns: [PARLEY_NAMESPACE],
    defaultNS: PARLEY_NAMESPACE,
    // i18next merges overrides into the objects it is given: each instance gets its own copy
    // so one provider's overrides never leak into another's.
    resources: {
      en: { [PARLEY_NAMESPACE]: structuredClone(en) },
      'zh-CN': { [PARLEY_NAMESPACE]: structuredClone(zhCN) },
    },
    initAsync: false,
    // i18next's defaults, stated: separators it knows to be set skip its per-call guess of
    // whether a key is a natural-language sentence, a third of a lookup's cost.
    keySeparator: '.',
    nsSeparator: ':',
    // React escapes text; i18next's HTML escaping would show `&lt;` in names.
    interpolation: { escapeValue: false },
    returnNull: false,
    // A component library must not write to the host app's console.
    showSupportNotice: false,
  });
  for (const [locale, strings] of Object.entries(options.resources ?? {})) {
    instance.addResourceBundle(locale, PARLEY_NAMESPACE, structuredClone(strings), true, true);
  }
  followLazyLocales(instance, PARLEY_NAMESPACE);
  return instance;
}
