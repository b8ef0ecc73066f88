import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';
import { violations } from './axe.ts';
import { sessionRows } from './demoPage.ts';
import { everythingStored, openOffline } from './offline.ts';

// The demo's "NetEase IM" backend in Debian's Chromium. Every request off this machine fails,
// as where NetEase's servers cannot be reached: the test never depends on the real cloud, and
// gives the same answer on a machine that could reach it.
const TOKEN = 'token-that-must-never-be-stored-5e1d';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const field = (page: Page, name: 'App key' | 'Account') =>
  page.getByRole('textbox', { name, exact: true });
const tokenField = (page: Page) => page.getByLabel('Token', { exact: true });
/** The chunk that holds the NetEase IM form and SDK. */
const isNimChunk = (path: string) => /\/NimDemo-[^/]*\.js$/.test(path);

describe('demo on NetEase IM', () => {
  it('offers NetEase IM in the toolbar, and downloads its SDK only once it is picked', async () => {
    const { page, scripts } = await openOffline(browser, {});
    await sessionRows(page).first().waitFor();
    expect(scripts.filter(isNimChunk)).toEqual([]);

    await page.getByLabel('Backend').selectOption({ label: 'NetEase IM' });
    await page.getByRole('heading', { name: 'Connect to NetEase IM' }).waitFor();
    expect(scripts.filter(isNimChunk)).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('backend')).toBe('nim');
    for (const name of ['App key', 'Account'] as const) {
      expect(await field(page, name).inputValue()).toBe('');
    }
    expect(await tokenField(page).getAttribute('type')).toBe('password');
    expect(await violations(page)).toEqual([]);
  });

  it('says, with a ChatError code, that NetEase cannot be reached, and stores no token', async () => {
    const { page } = await openOffline(browser, { backend: 'nim' });
    await field(page, 'App key').fill('parley-e2e-app-key');
    await field(page, 'Account').fill('alice');
    await tokenField(page).fill(TOKEN);
    await tokenField(page).press('Enter');

    const alert = page.getByRole('alert').filter({ hasText: 'NOT_CONNECTED' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/NetEase IM's servers could not be reached/);
    // The attempt is over: the form can be sent again.
    expect(await page.getByRole('button', { name: 'Connect', exact: true }).isVisible()).toBe(true);
    expect(await everythingStored(page)).not.toContain(TOKEN);

    // App key and account are remembered; the token is not, so a reload asks for it again.
    await page.reload();
    expect(await field(page, 'App key').inputValue()).toBe('parley-e2e-app-key');
    expect(await field(page, 'Account').inputValue()).toBe('alice');
    expect(await tokenField(page).inputValue()).toBe('');
    await tokenField(page).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'INVALID_ARGUMENT' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('Enter the token');
  });
});
