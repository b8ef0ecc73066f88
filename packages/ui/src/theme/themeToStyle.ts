import type { CSSProperties } from 'react';
import { deriveTheme } from './deriveTheme.ts';
import { type ParleyTheme, themeTokenVars } from './themeTokens.ts';

function isToken(name: string): name is keyof typeof themeTokenVars {
  return Object.hasOwn(themeTokenVars, name);
}

/**
 * Turns a theme into inline CSS variables for the root element, so overrides need no CSS-in-JS
 * runtime and cascade into every part (and into portaled menus rendered inside the root).
 * Tokens the theme leaves out that follow from ones it gives are derived (`deriveTheme`: the
 * text on an accent, own bubbles, links, focus ring and selected row from `colorAccent`).
 * Unknown names and empty values are skipped rather than written as broken declarations.
 *
 * @example themeToStyle({ colorAccent: '#7c3aed' }) // { '--parley-color-accent': '#7c3aed', '--parley-color-accent-text': '#ffffff', … }
 */
export function themeToStyle(theme: ParleyTheme | undefined): CSSProperties {
  const style: Record<string, string> = {};
  if (!theme) return style;
  const given: ParleyTheme = {};
  for (const [name, value] of Object.entries(theme)) {
    if (!isToken(name) || typeof value !== 'string' || value.trim() === '') continue;
    given[name] = value;
    style[themeTokenVars[name]] = value;
  }
  return { ...deriveTheme(given), ...style };
}
