import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/ui/src/styles.css';
import { parleyLocales } from '../packages/ui/src/i18n/loadParleyLocale.ts';
import { ParleyRoot } from '../packages/ui/src/root/ParleyRoot.tsx';

/** A locale's name in its own language, e.g. `日本語`, `العربية`. */
const nativeName = (locale: string) =>
  new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

const withParley: Decorator = (Story, { globals }) => {
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
  // `auto`: the root takes the locale's direction (right to left for Arabic and Hebrew).
  const dir =
    globals.direction === 'rtl' || globals.direction === 'ltr' ? globals.direction : undefined;
  return (
    <ParleyRoot
      colorScheme={theme}
      locale={locale}
      dir={dir}
      style={{ padding: 16, minHeight: '100vh' }}
    >
      <Story />
    </ParleyRoot>
  );
};

const preview: Preview = {
  decorators: [withParley],
  globalTypes: {
    theme: {
      description: 'Parley color scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Parley locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: parleyLocales.map((value) => ({ value, title: nativeName(value) })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From locale' },
          { value: 'ltr', title: 'LTR' },
          { value: 'rtl', title: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
};

export default preview;
