import { useContext } from 'react';
import type { Formatters } from './format.ts';
import { LocaleContext, type LocaleContextValue } from './LocaleContext.ts';
import type { ParleyT } from './ParleyKey.ts';

/** The locale context; throws a clear error outside `LocaleProvider` (or `ParleyRoot`). */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) {
    throw new Error(
      'Parley components must be used within <ParleyRoot> or <LocaleProvider> (from @parley/ui).',
    );
  }
  return value;
}

/** Parley's translate function for the active locale. */
export function useT(): ParleyT {
  return useLocale().t;
}

/** `Intl` formatters for the active locale. */
export function useFormatters(): Formatters {
  return useLocale().format;
}
