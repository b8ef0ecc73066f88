import type { i18n as I18n } from 'i18next';
import { isLazyLocale } from './locales/lazyLocales.ts';
import type { supplyLazyLocales } from './supplyLazyLocales.ts';

/**
 * The loader, once its module is here. It is a chunk of its own: an app that only ever shows
 * English or Simplified Chinese never downloads it.
 */
let supply: typeof supplyLazyLocales | undefined;
const noop = () => {};

/**
 * Keeps an instance supplied with the lazily loaded strings its language needs, now and after
 * each language change (see `supplyLazyLocales`). Until they arrive i18next falls back to
 * English; a failed load leaves English, and the next language change tries again.
 */
export function followLazyLocales(instance: I18n, namespace: string): void {
  const follow = () => {
    if (!instance.languages?.some(isLazyLocale)) return;
    // Synchronous once the loader is here, so strings loaded before show in the first render.
    const done = supply
      ? supply(instance, namespace)
      : import('./supplyLazyLocales.ts').then((module) => {
          supply = module.supplyLazyLocales;
          return supply(instance, namespace);
        });
    // `parleyLocaleLoaded` reports failures to whoever waits; nobody else has to hear of them.
    done.catch(noop);
  };
  instance.on('languageChanged', follow);
  follow();
}
