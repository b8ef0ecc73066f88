import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core in the real browser: unlike the component tests in jsdom, it sees the computed
 * colors, so contrast is checked in light and dark too. Returns "rule: selectors" lines.
 */
export async function violations(page: Page, disabled: readonly string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const found = await page.evaluate(async (off) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: { rules: Record<string, { enabled: boolean }> },
          ): Promise<{ violations: Violation[] }>;
        };
      }
    ).axe;
    const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    return (await axe.run(document, { rules })).violations;
  }, disabled);
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
