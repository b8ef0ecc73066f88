import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveTheme, schemeVar } from './deriveTheme.ts';
import { presetColors } from './presetColors.ts';
import { themeTokenVars } from './themeTokens.ts';

// WCAG 2 contrast, written out here rather than taken from the color library the code uses,
// so the test checks the library's arithmetic too.
function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hexColor = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

/** What the scheme's preset shows, with the derived values read as the CSS would. */
function resolved(theme: Record<string, string>, scheme: 'light' | 'dark') {
  const vars = deriveTheme(theme);
  const pick = (token: keyof typeof themeTokenVars) =>
    vars[themeTokenVars[token]] ?? vars[schemeVar(scheme, token)] ?? theme[token];
  return { vars, pick, colors: presetColors[scheme] };
}

describe('deriveTheme', () => {
  it('keeps text on any accent at 4.5:1 or more, in light and dark', () => {
    fc.assert(
      fc.property(hexColor, (accent) => {
        const { pick } = resolved({ colorAccent: accent }, 'light');
        const text = pick('colorAccentText') ?? '';
        expect(contrast(text, accent)).toBeGreaterThanOrEqual(4.5);
        // Own bubbles are the accent, with the same text.
        expect(pick('colorBubbleOut')?.toLowerCase()).toBe(accent);
        expect(pick('colorBubbleOutText')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('derives links, focus ring and selected row that stand out in each scheme', () => {
    fc.assert(
      fc.property(hexColor, fc.constantFrom('light', 'dark'), (accent, scheme) => {
        const { pick, colors } = resolved({ colorAccent: accent }, scheme);
        const link = pick('colorLink') ?? '';
        for (const bg of [colors.colorBg, colors.colorSurface, colors.colorBubbleIn]) {
          expect(contrast(link, bg)).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrast(pick('colorFocus') ?? '', colors.colorBg)).toBeGreaterThanOrEqual(3);
        const selected = pick('colorSelected') ?? '';
        expect(contrast(colors.colorText, selected)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colors.colorTextMuted, selected)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 300 },
    );
  });

  it('measures against the backgrounds and text the theme gives', () => {
    fc.assert(
      fc.property(hexColor, hexColor, (accent, bg) => {
        const text = contrast('#ffffff', bg) >= contrast('#000000', bg) ? '#ffffff' : '#000000';
        const theme = {
          colorAccent: accent,
          colorBg: bg,
          colorSurface: bg,
          colorBubbleIn: bg,
          colorText: text,
          colorTextMuted: text,
        };
        const vars = deriveTheme(theme);
        for (const scheme of ['light', 'dark'] as const) {
          const link = vars[schemeVar(scheme, 'colorLink')] ?? '';
          // 4.5:1 can be out of reach on mid-grey backgrounds; the derived color is then the
          // best there is (black or white), never worse than the text color the theme chose.
          expect(contrast(link, bg)).toBeGreaterThanOrEqual(Math.min(4.5, contrast(text, bg)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never derives a token the theme gives, and derives nothing from unmeasurable colors', () => {
    const vars = deriveTheme({
      colorAccent: '#7c3aed',
      colorLink: '#ff0000',
      colorAccentText: '#111111',
    });
    expect(vars[schemeVar('light', 'colorLink')]).toBeUndefined();
    expect(vars[schemeVar('dark', 'colorLink')]).toBeUndefined();
    expect(vars[themeTokenVars.colorAccentText]).toBeUndefined();
    // Own bubbles follow the accent and keep the text the theme chose for it.
    expect(vars[themeTokenVars.colorBubbleOutText]).toBe('#111111');
    expect(deriveTheme({ colorAccent: 'var(--brand)' })).toEqual({});
    expect(deriveTheme({ colorAccent: 'rebeccapurple' })).toEqual({});
    expect(deriveTheme({ colorAccent: 'rgb(124 58 237 / 0.5)' })).toEqual({});
  });

  it('reads hsl() and rgb() colors and picks text for other fills the theme gives', () => {
    const vars = deriveTheme({
      colorAccent: 'hsl(270 50% 40%)',
      colorBadge: '#ffd400',
      colorBubbleIn: 'rgb(11 12 16)',
    });
    expect(vars[themeTokenVars.colorAccentText]).toBe('#ffffff');
    expect(vars[themeTokenVars.colorBadgeText]).toBe('#0b1220');
    expect(vars[themeTokenVars.colorBubbleInText]).toBe('#ffffff');
  });

  it('writes the dark accent of a dark theme in colors that pass (the purple of the bug)', () => {
    const { pick } = resolved({ colorAccent: '#7c3aed' }, 'dark');
    expect(pick('colorAccentText')).toBe('#ffffff');
    expect(contrast(pick('colorLink') ?? '', presetColors.dark.colorBg)).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});
