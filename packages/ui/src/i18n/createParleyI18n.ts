import i18next, { type i18n as I18n } from 'i18next';
import { en } from './locales/en.ts';
import type { ParleyResources } from './locales/LocaleOverrides.ts';
import { zhCN } from './locales/zhCN.ts';

/** The i18next namespace Parley's strings live in, so they never clash with an app's. */
export const PARLEY_NAMESPACE = 'parley';

/** Locales bundled with Parley. Others fall back to English unless the app adds resources. */
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
 * app's own i18next setup is untouched). Initialization is synchronous because every bundle is
 * in memory: the first render already has translated text.
 *
 * Chinese variants (`zh`, `zh-Hans`, `zh-SG`) fall back to Simplified Chinese, everything else
 * to English.
 */
export function createParleyI18n(options: ParleyI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: options.locale ?? 'en',
    fallbackLng: { zh: ['zh-CN', 'en'], default: ['en'] },
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
  return instance;
}
