import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(themeToStyle({ colorAccent: '#7c3aed', radiusBubble: '4px' })).toEqual({
      '--parley-color-accent': '#7c3aed',
      '--parley-radius-bubble': '4px',
    });
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

  it('respects reduced motion', () => {
    expect(css).toContain('prefers-reduced-motion: reduce');
  });
});
