import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';
import { closeMidSend } from './closeMidSend.ts';
import { sessionRows } from './demoPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('a tab closed while a message is sending', () => {
  it.each([0, 5, 10])(
    'closed %i ms after Enter: the reopened demo shows it sent, once',
    async (delay) => {
      const outcome = await closeMidSend(
        browser,
        inject('demoUrl'),
        `closed after ${delay} ms`,
        delay,
      );
      expect(outcome).toBe('sent');
    },
  );
});

describe('saved data that cannot be read', () => {
  it('the reloaded demo says what it skipped and loads the rest', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${inject('demoUrl')}?peers=off`);
      await sessionRows(page).first().waitFor();
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('parley-demo');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('messages', 'readwrite');
              const record = { v: 1, store: 'messages', data: { idClient: 'broken', time: 1e300 } };
              tx.objectStore('messages').put(record, 'broken');
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('1 saved record could not be read');
      await notice.getByText('Details').click();
      await notice.getByText('Stored messages record "broken" is unreadable').waitFor();
      expect(await sessionRows(page).count()).toBeGreaterThan(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await notice.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
