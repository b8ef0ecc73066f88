import type { i18n as I18n } from 'i18next';
import type { LocaleBundle } from './locales/LocaleBundle.ts';
import { isLazyLocale, type LazyLocale } from './locales/lazyLocales.ts';

/** One module per locale; this map sits in a chunk of its own, loaded with the first one. */
const loaders: Record<LazyLocale, () => Promise<LocaleBundle>> = {
  'zh-TW': () => import('./locales/zhTW.ts').then((module) => module.zhTW),
  ja: () => import('./locales/ja.ts').then((module) => module.ja),
  ko: () => import('./locales/ko.ts').then((module) => module.ko),
  es: () => import('./locales/es.ts').then((module) => module.es),
  fr: () => import('./locales/fr.ts').then((module) => module.fr),
  de: () => import('./locales/de.ts').then((module) => module.de),
  'pt-BR': () => import('./locales/ptBR.ts').then((module) => module.ptBR),
  ru: () => import('./locales/ru.ts').then((module) => module.ru),
  tr: () => import('./locales/tr.ts').then((module) => module.tr),
  hi: () => import('./locales/hi.ts').then((module) => module.hi),
  ar: () => import('./locales/ar.ts').then((module) => module.ar),
  he: () => import('./locales/he.ts').then((module) => module.he),
};

/** Bundles whose module has arrived: instances created later start with them. */
const loaded = new Map<LazyLocale, LocaleBundle>();
const loading = new Map<LazyLocale, Promise<LocaleBundle>>();
/** Per instance, the bundles it holds. */
const supplied = new WeakMap<I18n, Set<LazyLocale>>();

const noop = () => {};

/** Loads a bundle once; after a failed load (offline, a missing chunk) the next call tries again. */
function load(locale: LazyLocale): Promise<LocaleBundle> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (bundle) => {
        loaded.set(locale, bundle);
        return bundle;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/** Adds a bundle under the strings already there (app overrides win); false if it was there. */
function add(instance: I18n, namespace: string, locale: LazyLocale, bundle: LocaleBundle) {
  const held = supplied.get(instance) ?? new Set<LazyLocale>();
  supplied.set(instance, held);
  if (held.has(locale)) return false;
  held.add(locale);
  // A copy, because i18next merges later additions into the object it holds.
  instance.addResourceBundle(locale, namespace, structuredClone(bundle), true, false);
  return true;
}

/** Sets the current language again, so i18next resolves it against the strings now held. */
function relanguage(instance: I18n) {
  if (instance.language) void instance.changeLanguage(instance.language);
}

/**
 * Gives an instance the lazily loaded bundles its language needs (its i18next fallback chain:
 * `ja-JP` needs `ja`, `zh-HK` needs `zh-TW`, `pt` needs `pt-BR`): bundles loaded already are
 * added at once, so a first render is translated; the others load, and are added when they
 * arrive. Each addition sets the language again, so `resolvedLanguage` and `languageChanged`
 * listeners see it. Resolves when every bundle is in; rejects when one cannot be fetched.
 */
export function supplyLazyLocales(instance: I18n, namespace: string): Promise<void> {
  let addedNow = false;
  const loads: Promise<void>[] = [];
  for (const code of instance.languages ?? []) {
    if (!isLazyLocale(code)) continue;
    const bundle = loaded.get(code);
    if (bundle) addedNow = add(instance, namespace, code, bundle) || addedNow;
    else
      loads.push(
        load(code).then((arrived) => {
          if (add(instance, namespace, code, arrived)) relanguage(instance);
        }),
      );
  }
  if (addedNow) relanguage(instance);
  return Promise.all(loads).then(noop);
}
