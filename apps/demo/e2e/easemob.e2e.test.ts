import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';
import { violations } from './axe.ts';
import { sessionRows } from './demoPage.ts';
import { everythingStored, openOffline } from './offline.ts';

// The demo's "Easemob" backend in Debian's Chromium. Every request off this machine fails, as
// where Easemob's servers cannot be reached: the test never depends on the real cloud, and gives
// the same answer on a machine that could reach it.
const TOKEN = 'easemob-token-that-must-never-be-stored-8c2a';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const field = (page: Page, name: 'App key' | 'User') =>
  page.getByRole('textbox', { name, exact: true });
const tokenField = (page: Page) => page.getByLabel('Token', { exact: true });
/** The chunk that holds the Easemob form and SDK. */
const isEasemobChunk = (path: string) => /\/EasemobDemo-[^/]*\.js$/.test(path);

describe('demo on Easemob', () => {
  it('offers Easemob in the toolbar, and downloads its SDK only once it is picked', async () => {
    const { page, scripts } = await openOffline(browser, {});
    await sessionRows(page).first().waitFor();
    expect(scripts.filter(isEasemobChunk)).toEqual([]);

    await page.getByLabel('Backend').selectOption({ label: 'Easemob' });
    await page.getByRole('heading', { name: 'Connect to Easemob' }).waitFor();
    expect(scripts.filter(isEasemobChunk)).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('backend')).toBe('easemob');
    for (const name of ['App key', 'User'] as const) {
      expect(await field(page, name).inputValue()).toBe('');
    }
    expect(await tokenField(page).getAttribute('type')).toBe('password');
    expect(await violations(page)).toEqual([]);
  });

  it('says, with a ChatError code, that Easemob cannot be reached, and stores no token', async () => {
    const { page } = await openOffline(browser, { backend: 'easemob' });
    await field(page, 'App key').fill('parley#e2e');
    await field(page, 'User').fill('alice');
    await tokenField(page).fill(TOKEN);
    await tokenField(page).press('Enter');

    const alert = page.getByRole('alert').filter({ hasText: 'NOT_CONNECTED' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Easemob's servers could not be reached/);
    expect(await page.getByRole('button', { name: 'Connect', exact: true }).isVisible()).toBe(true);
    expect(await everythingStored(page)).not.toContain(TOKEN);

    // App key and user are remembered; the token is not, so a reload asks for it again.
    await page.reload();
    expect(await field(page, 'App key').inputValue()).toBe('parley#e2e');
    expect(await field(page, 'User').inputValue()).toBe('alice');
    expect(await tokenField(page).inputValue()).toBe('');
    await tokenField(page).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'INVALID_ARGUMENT' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('Enter the token');
  });
});
