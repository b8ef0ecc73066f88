import type { Browser, Page } from 'playwright-core';

/** What the reopened demo shows of a message sent just before its tab closed. */
export type AfterClose = 'sent' | 'failed' | 'lost' | 'duplicated' | 'sending';

async function openSam(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?peers=off`);
  const row = page
    .getByRole('listbox', { name: 'Conversations' })
    .getByRole('option')
    .filter({ has: page.locator('[data-part="session-name"]', { hasText: /^Sam Lee$/ }) });
  await row.click();
  await page.getByRole('log').waitFor();
}

/**
 * Sends `text` to Sam in the demo at `url`, closes the tab `delayMs` after Enter (as a user
 * closing it, no beforeunload), reopens the demo in the same profile and reports what the
 * conversation shows of the message once it settled.
 */
export async function closeMidSend(
  browser: Browser,
  url: string,
  text: string,
  delayMs: number,
): Promise<AfterClose> {
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await openSam(first, url);
    const input = first.getByRole('textbox', { name: 'Message' });
    await input.fill(text);
    await input.press('Enter');
    if (delayMs > 0) await first.waitForTimeout(delayMs);
    await first.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await openSam(again, url);
    const bubbles = again.getByRole('log').locator('[data-message-id]', { hasText: text });
    // A resent message settles within the backend's latency; a lost one never shows.
    const deadline = Date.now() + 3000;
    for (;;) {
      const count = await bubbles.count();
      const status = count === 1 ? await bubbles.getAttribute('data-status') : null;
      if (count > 1) return 'duplicated';
      if (status === 'sendFailed') return 'failed';
      if (status && status !== 'sending') return 'sent';
      if (Date.now() > deadline) return count === 0 ? 'lost' : 'sending';
      await again.waitForTimeout(50);
    }
  } finally {
    await context.close();
  }
}
