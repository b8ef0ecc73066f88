import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';

let browser: Browser | undefined;

/** One Chromium for the whole file; each test gets its own context (fresh IndexedDB). */
export async function openDemo(
  query: Record<string, string> = {},
  viewport = { width: 1200, height: 800 },
): Promise<{ page: Page; context: BrowserContext; url: string }> {
  browser ??= await launchChromium();
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  const url = `${inject('demoUrl')}?${new URLSearchParams({ peers: 'off', ...query })}`;
  await page.goto(url);
  return { page, context, url };
}

/** Closes the shared browser; call in afterAll. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}
