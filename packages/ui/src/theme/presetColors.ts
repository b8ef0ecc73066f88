import type { ParleyThemeToken } from './themeTokens.ts';

/** The preset colors that derived colors are measured against. */
export type SchemeColors = Record<
  'colorBg' | 'colorSurface' | 'colorBubbleIn' | 'colorText' | 'colorTextMuted',
  string
> &
  Partial<Record<ParleyThemeToken, string>>;

/**
 * The light and dark presets' backgrounds and text, as `styles.css` declares them (a test
 * keeps the two equal): the colors a derived link, focus ring or selected row must stand out
 * from.
 */
export const presetColors: Readonly<Record<'light' | 'dark', SchemeColors>> = {
  light: {
    colorBg: '#ffffff',
    colorSurface: '#f5f6f8',
    colorBubbleIn: '#eef0f3',
    colorText: '#1a1d23',
    colorTextMuted: '#5f6672',
  },
  dark: {
    colorBg: '#15171b',
    colorSurface: '#1d2025',
    colorBubbleIn: '#2a2f37',
    colorText: '#e8eaed',
    colorTextMuted: '#a3a9b3',
  },
};
