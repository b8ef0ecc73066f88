import type { i18n as I18n } from 'i18next';
import { type ReactNode, useCallback, useMemo, useSyncExternalStore } from 'react';
import { createCachedTranslator } from './cachedTranslator.ts';
import { createParleyI18n, PARLEY_NAMESPACE } from './createParleyI18n.ts';
import { createFormatters } from './format.ts';
import { LocaleContext, type LocaleContextValue } from './LocaleContext.ts';
import { localeDirection } from './localeDirection.ts';
import type { ParleyResources } from './locales/LocaleOverrides.ts';
import { useStringsRevision } from './useStringsRevision.ts';

/** Props of {@link LocaleProvider}. */
export interface LocaleProviderProps {
  /** BCP 47 locale. Default `'en'`. Ignored when `i18n` is given (change its language instead). */
  locale?: string;
  /**
   * String overrides per locale, deep-merged over the bundles. Keep the object stable
   * (module constant or `useMemo`): a new object creates a new i18next instance.
   */
  resources?: ParleyResources;
  /** An instance from `createParleyI18n` to share; by default the provider creates its own. */
  i18n?: I18n;
  children?: ReactNode;
}

/** The language whose strings show, and the one asked for (`ar` while its strings load). */
function useLanguage(i18n: I18n): { resolved: string; requested: string } {
  const subscribe = useCallback(
    (notify: () => void) => {
      i18n.on('languageChanged', notify);
      return () => i18n.off('languageChanged', notify);
    },
    [i18n],
  );
  const getResolved = () => i18n.resolvedLanguage ?? i18n.language ?? 'en';
  const getRequested = () => i18n.language ?? 'en';
  return {
    resolved: useSyncExternalStore(subscribe, getResolved, getResolved),
    requested: useSyncExternalStore(subscribe, getRequested, getRequested),
  };
}

/**
 * Gives Parley components their strings and `Intl` formatting. Each provider owns one i18next
 * instance (never the global one), created synchronously so the first render is translated in
 * English, Simplified Chinese and any locale loaded before; another shipped locale shows
 * English until its module arrives, then re-renders in it.
 */
export function LocaleProvider({ locale, resources, i18n, children }: LocaleProviderProps) {
  const instance = useMemo(
    () => i18n ?? createParleyI18n({ locale: locale ?? 'en', resources }),
    [i18n, locale, resources],
  );
  const { resolved: language, requested } = useLanguage(instance);
  const revision = useStringsRevision(instance);
  // Intl uses the requested locale (e.g. `en-GB` dates) even when strings come from `en`.
  const intlLocale = i18n ? requested : (locale ?? 'en');

  // Each value has its own cache, so a stale `t` cannot fill the current one. Strings added to
  // (or removed from) the instance later, a lazily loaded locale among them, bring a new
  // revision and so a new value: every consumer renders them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` stands for the strings
  const value = useMemo<LocaleContextValue>(() => {
    const { t } = createCachedTranslator(instance.getFixedT(instance.language, PARLEY_NAMESPACE), {
      fill: instance.options.interpolation?.escapeValue === false,
    });
    const tag = safeLocale(intlLocale);
    return {
      locale: language,
      tag,
      direction: localeDirection(tag),
      i18n: instance,
      t,
      format: createFormatters(tag, t),
    };
  }, [instance, language, intlLocale, revision]);

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** Intl throws a RangeError on malformed tags; an app typo must not crash the chat. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
