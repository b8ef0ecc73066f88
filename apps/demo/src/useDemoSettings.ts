import { type ParleyLocale, parleyLocales } from '@parley/ui';
import { useCallback, useState } from 'react';

/** What the toolbar switches. Kept in the URL so a reload (and a screenshot run) keeps it. */
export interface DemoSettings {
  scheme: 'light' | 'dark';
  locale: ParleyLocale;
  view: 'single' | 'side-by-side';
  data: 'normal' | 'stress';
  /** The embedded backend, or one the user signs in to: an XMPP server, NetEase IM, Easemob. */
  backend: 'embedded' | 'xmpp' | 'nim' | 'easemob';
}

const DEFAULTS: DemoSettings = {
  scheme: 'light',
  locale: 'en',
  view: 'single',
  data: 'normal',
  backend: 'embedded',
};

function read(): DemoSettings {
  const params = new URLSearchParams(window.location.search);
  const pick = <K extends keyof DemoSettings>(key: K, allowed: readonly DemoSettings[K][]) => {
    const value = params.get(key);
    return allowed.find((a) => a === value) ?? DEFAULTS[key];
  };
  return {
    scheme: pick('scheme', ['light', 'dark']),
    locale: pick('locale', parleyLocales),
    view: pick('view', ['single', 'side-by-side']),
    data: pick('data', ['normal', 'stress']),
    backend: pick('backend', ['embedded', 'xmpp', 'nim', 'easemob']),
  };
}

/** The locale the demo opens in (from the URL), so `main.tsx` can load its strings first. */
export function initialLocale(): ParleyLocale {
  return read().locale;
}

/** Demo settings from and to the query string. */
export function useDemoSettings(): [DemoSettings, (patch: Partial<DemoSettings>) => void] {
  const [settings, setSettings] = useState(read);
  const update = useCallback((patch: Partial<DemoSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      const params = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(next)) params.set(key, value);
      window.history.replaceState(null, '', `?${params}`);
      return next;
    });
  }, []);
  return [settings, update];
}
