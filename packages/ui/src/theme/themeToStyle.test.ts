import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemeVar } from './deriveTheme.ts';
import { presetColors } from './presetColors.ts';
import { themeTokens, themeTokenVars } from './themeTokens.ts';
import { themeToStyle } from './themeToStyle.ts';

// jsdom gives import.meta.url an http scheme; the file sits one level up from this test.
const css = readFileSync(join(import.meta.dirname, '..', 'styles.css'), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(selector);
  expect(start, `styles.css has a block for ${selector}`).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

describe('themeToStyle', () => {
  it('maps token names to --parley-* custom properties', () => {
    expect(themeToStyle({ colorText: '#111111', radiusBubble: '4px' })).toEqual({
      '--parley-color-text': '#111111',
      '--parley-radius-bubble': '4px',
    });
  });

  it('adds what follows from a seed, and the seed and given tokens win', () => {
    const style = themeToStyle({ colorAccent: '#7c3aed', colorLink: '#0000ee' });
    expect(style).toMatchObject({
      '--parley-color-accent': '#7c3aed',
      '--parley-color-accent-text': '#ffffff',
      '--parley-color-bubble-out': '#7c3aed',
      '--parley-color-link': '#0000ee',
    });
    expect(Object.keys(style)).toContain('--parley-dark-color-selected');
    expect(Object.keys(style)).not.toContain('--parley-dark-color-link');
  });

  it('skips unknown names and empty values', () => {
    const loose: Record<string, string> = { colorAccent: ' ', notAToken: 'red', colorText: '#111' };
    expect(themeToStyle(loose)).toEqual({ '--parley-color-text': '#111' });
    expect(themeToStyle(undefined)).toEqual({});
  });
});

describe('styles.css', () => {
  it('defines every token in the light preset', () => {
    const light = block(':where(:root, [data-parley-theme="light"])');
    for (const token of themeTokens) expect(light).toContain(`${themeTokenVars[token]}:`);
  });

  it('defines every color again in the dark and system-dark presets', () => {
    const dark = block(':where([data-parley-theme="dark"])');
    const system = block(':where([data-parley-theme="system"])');
    for (const token of themeTokens.filter((t) => t.startsWith('color'))) {
      expect(dark).toContain(`${themeTokenVars[token]}:`);
      expect(system).toContain(`${themeTokenVars[token]}:`);
    }
  });

  it('declares the preset colors that derived colors are measured against', () => {
    const light = block(':where(:root, [data-parley-theme="light"])');
    const dark = block(':where([data-parley-theme="dark"])');
    for (const [scheme, text] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [token, value] of Object.entries(presetColors[scheme])) {
        const name = themeTokenVars[token as keyof typeof themeTokenVars];
        expect(text, `${scheme} ${token}`).toContain(`${name}: ${value};`);
      }
    }
  });

  it('lets the presets take link, focus and selected colors derived for their scheme', () => {
    const light = block(':where(:root, [data-parley-theme="light"])');
    const dark = block(':where([data-parley-theme="dark"])');
    const system = block(':where([data-parley-theme="system"])');
    for (const token of ['colorLink', 'colorFocus', 'colorSelected'] as const) {
      expect(light).toContain(`${themeTokenVars[token]}: var(${schemeVar('light', token)},`);
      expect(dark).toContain(`${themeTokenVars[token]}: var(${schemeVar('dark', token)},`);
      expect(system).toContain(`${themeTokenVars[token]}: var(${schemeVar('dark', token)},`);
    }
  });

  it('respects reduced motion', () => {
    expect(css).toContain('prefers-reduced-motion: reduce');
  });
});
