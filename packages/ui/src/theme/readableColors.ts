import { type Colord, colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

// Parsing and WCAG contrast from colord (its core and a11y plugin, ~2.5 KB); named colors and
// Lab mixing are left out to keep the first load small.
extend([a11yPlugin]);

/** WCAG 2 contrast for text (AA). */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2 contrast for a focus ring and other non-text parts (AA). */
export const UI_CONTRAST = 3;

const TEXT_CANDIDATES = ['#ffffff', '#0b1220', '#000000'];

/**
 * An opaque color from a CSS color string (hex, `rgb()`, `hsl()`), or null for what cannot
 * be measured here (named colors, `var()`, `oklch()`, translucent colors).
 */
export function parseColor(value: string | undefined): Colord | null {
  if (value === undefined) return null;
  const color = colord(value.trim());
  return color.isValid() && color.alpha() === 1 ? color : null;
}

/**
 * Text for a fill: white, else a near-black, else black, the first that reaches 4.5:1. One
 * of white and black always does (at worst 4.58:1), whatever the fill.
 */
export function textOn(fill: Colord): string {
  return TEXT_CANDIDATES.find((c) => fill.contrast(c) >= TEXT_CONTRAST) ?? '#000000';
}

const lowest = (color: Colord, others: readonly Colord[]) =>
  Math.min(...others.map((other) => color.contrast(other)));

/**
 * `share` (0..1) of the way from `from` to `to`, in sRGB, rounded as it will be written (hex):
 * what is measured is what the page gets.
 */
function mix(from: Colord, to: Colord, share: number): Colord {
  const a = from.toRgb();
  const b = to.toRgb();
  const at = (x: number, y: number) => Math.round(x + (y - x) * share);
  return colord({ r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b) });
}

/**
 * `color`, moved towards black or white (whichever stands out more from the backgrounds) just
 * enough to reach `target` against each of them, in 5 % steps; at worst black or white.
 */
export function legibleOn(color: Colord, backgrounds: readonly Colord[], target: number): string {
  const black = colord('#000000');
  const white = colord('#ffffff');
  const toward = lowest(black, backgrounds) >= lowest(white, backgrounds) ? black : white;
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(color, toward, step / 20);
    if (lowest(candidate, backgrounds) >= target) return candidate.toHex();
  }
  return toward.toHex();
}

/**
 * A tint of `accent` over `bg` (at most `strength`), as strong as it can be while each of
 * `texts` keeps 4.5:1 on it: a selected row in the accent's hue that stays readable.
 */
export function tintOf(bg: Colord, accent: Colord, strength: number, texts: readonly Colord[]) {
  for (let share = strength; share > 0; share -= 0.02) {
    const candidate = mix(bg, accent, share);
    if (lowest(candidate, texts) >= TEXT_CONTRAST) return candidate.toHex();
  }
  return bg.toHex();
}
