import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core in the real browser: unlike the component tests in jsdom, it sees the computed
 * colors, so contrast is checked in light and dark too. Returns "rule: selectors" lines.
 */
export async function violations(page: Page, disabled: readonly string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async (off) => {
    // The script tag above defines the global `axe`.
    const axe: typeof AxeCore = Reflect.get(window, 'axe');
    const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    const { violations } = await axe.run(document, { rules });
    return violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, disabled);
  return found.map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
