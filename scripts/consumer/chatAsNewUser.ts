import type { Browser, Locator, Page } from 'playwright-core';

/** What a first visit saw: the conversation names on the first screen. */
export interface FirstVisit {
  names: string[];
}

/**
 * Opens an app built on the kit and its sample data as a first-time user would: waits for
 * the session list, opens Sam's conversation, sends a message and waits until the
 * backend has it (`sent`). Rejects on any uncaught page error or console error (a failed
 * hydration, a missing chunk). `screenshot` saves the first screen and the one after sending.
 */
export async function chatAsNewUser(
  browser: Browser,
  url: string,
  screenshot?: { first: string; sent: string },
): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  try {
    await page.goto(url);
    const rows = sessionRows(page);
    await rows.first().waitFor();
    const names = await rows.locator('[data-part="session-name"]').allTextContents();
    if (screenshot) await page.screenshot({ path: screenshot.first });
    const name = page.locator('[data-part="session-name"]', { hasText: /^Sam Lee$/ });
    await rows.filter({ has: name }).click();
    const input = page.getByRole('textbox', { name: 'Message' });
    const text = 'Hello from a fresh app';
    await input.fill(text);
    await input.press('Enter');
    const row = page.getByRole('log').locator('[data-part="message-row"]', { hasText: text });
    await row.locator('[data-part="message-status"][data-state="sent"]').waitFor();
    if (screenshot) await page.screenshot({ path: screenshot.sent });
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return { names };
  } finally {
    await context.close();
  }
}

function sessionRows(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Conversations' }).getByRole('option');
}
