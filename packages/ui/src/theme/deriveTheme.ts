import type { Colord } from 'colord';
import { presetColors, type SchemeColors } from './presetColors.ts';
import {
  legibleOn,
  parseColor,
  TEXT_CONTRAST,
  textOn,
  tintOf,
  UI_CONTRAST,
} from './readableColors.ts';
import { type ParleyTheme, type ParleyThemeToken, themeTokenVars } from './themeTokens.ts';

/** How strongly the accent tints a selected row, per scheme (less where text is dark). */
const SELECTED_TINT = { light: 0.14, dark: 0.3 } as const;

/** The custom property through which a scheme preset takes a derived value. */
export function schemeVar(scheme: 'light' | 'dark', token: ParleyThemeToken): string {
  return themeTokenVars[token].replace('--parley-', `--parley-${scheme}-`);
}

function parsed(colors: SchemeColors, token: keyof SchemeColors): Colord | null {
  return parseColor(colors[token]);
}

/** Link, focus ring and selected row from the accent, against one scheme's colors. */
function deriveForScheme(accent: Colord, colors: SchemeColors) {
  const bg = parsed(colors, 'colorBg');
  const surface = parsed(colors, 'colorSurface');
  const bubbleIn = parsed(colors, 'colorBubbleIn');
  const text = parsed(colors, 'colorText');
  const muted = parsed(colors, 'colorTextMuted');
  if (!bg || !surface || !bubbleIn || !text || !muted) return {};
  const scheme = bg.luminance() > 0.18 ? 'light' : 'dark';
  return {
    colorLink: legibleOn(accent, [bg, surface, bubbleIn], TEXT_CONTRAST),
    colorFocus: legibleOn(accent, [bg, surface], UI_CONTRAST),
    colorSelected: tintOf(bg, accent, SELECTED_TINT[scheme], [text, muted]),
  };
}

/**
 * The tokens a theme leaves out that follow from the ones it gives (seed tokens), as CSS
 * custom properties; a token the theme gives is never derived.
 *
 * - `colorAccent` gives the text on it (`colorAccentText`: white or dark, whichever reaches
 *   4.5:1), own bubbles (`colorBubbleOut` and its text), and per scheme links (4.5:1 on the
 *   backgrounds and incoming bubbles), the focus ring (3:1) and the selected row (a tint the
 *   text and muted text keep 4.5:1 on). Per-scheme values go to `--parley-light-*` and
 *   `--parley-dark-*`, which the presets in `styles.css` read, so `system` follows the OS.
 * - `colorBubbleOut`, `colorBubbleIn` and `colorBadge` give their text colors.
 * - `colorBg`, `colorSurface`, `colorBubbleIn`, `colorText` and `colorTextMuted` replace the
 *   presets' in those measurements.
 *
 * Colors that cannot be measured (`var()`, `oklch()`, translucent) derive nothing.
 */
export function deriveTheme(theme: ParleyTheme): Record<string, string> {
  const out: Record<string, string> = {};
  const given = (token: ParleyThemeToken) => theme[token]?.trim() || undefined;
  const set = (token: ParleyThemeToken, value: string) => {
    if (!given(token)) out[themeTokenVars[token]] = value;
  };

  const accent = parseColor(given('colorAccent'));
  if (accent) {
    const accentText = given('colorAccentText') ?? textOn(accent);
    set('colorAccentText', accentText);
    if (!given('colorBubbleOut')) {
      set('colorBubbleOut', accent.toHex());
      set('colorBubbleOutText', accentText);
    }
    const overrides: Partial<SchemeColors> = {};
    for (const token of [
      'colorBg',
      'colorSurface',
      'colorBubbleIn',
      'colorText',
      'colorTextMuted',
    ] as const) {
      const value = given(token);
      if (value) overrides[token] = value;
    }
    for (const scheme of ['light', 'dark'] as const) {
      const derived = deriveForScheme(accent, { ...presetColors[scheme], ...overrides });
      for (const [token, value] of Object.entries(derived) as [ParleyThemeToken, string][]) {
        if (!given(token)) out[schemeVar(scheme, token)] = value;
      }
    }
  }
  const fills = [
    ['colorBubbleOut', 'colorBubbleOutText'],
    ['colorBubbleIn', 'colorBubbleInText'],
    ['colorBadge', 'colorBadgeText'],
  ] as const;
  for (const [fill, text] of fills) {
    const color = parseColor(given(fill));
    if (color) set(text, textOn(color));
  }
  return out;
}
