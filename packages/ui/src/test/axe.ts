import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core over rendered markup and fails with a readable list of violations.
 * Checks jsdom cannot compute (color contrast needs layout) are off; Storybook's browser run
 * covers them.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const report = result.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}
