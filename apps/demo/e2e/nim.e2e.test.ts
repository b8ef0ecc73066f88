import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';
import { violations } from './axe.ts';
import { sessionRows } from './demoPage.ts';

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

/** Scripts the page loaded, in order. */
interface OpenPage {
  page: Page;
  scripts: string[];
}

/** A fresh browser context on the demo, cut off from everything but the demo's own server. */
async function openOffline(query: Record<string, string>): Promise<OpenPage> {
  if (!browser) throw new Error('Chromium did not start');
  const demo = new URL(inject('demoUrl'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const away = (url: URL) => url.host !== demo.host;
  await context.route(away, (route) => route.abort('internetdisconnected'));
  await context.routeWebSocket(away, (socket) => socket.close());
  const page = await context.newPage();
  const errors: Error[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  onTestFinished(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });
  await page.goto(`${demo.href}?${new URLSearchParams({ peers: 'off', ...query })}`);
  return { page, scripts };
}

const field = (page: Page, name: 'App key' | 'Account') =>
  page.getByRole('textbox', { name, exact: true });
const tokenField = (page: Page) => page.getByLabel('Token', { exact: true });
/** The chunk that holds the NetEase IM form and SDK. */
const isNimChunk = (path: string) => /\/NimDemo-[^/]*\.js$/.test(path);

/** Everything the page keeps: its URL, Web Storage, cookies and every IndexedDB record. */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const databases: Record<string, unknown[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        databases[`${name}/${store}`] = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
    }
    return JSON.stringify([
      window.location.href,
      { ...localStorage },
      { ...sessionStorage },
      document.cookie,
      databases,
    ]);
  });
}

describe('demo on NetEase IM', () => {
  it('offers NetEase IM in the toolbar, and downloads its SDK only once it is picked', async () => {
    const { page, scripts } = await openOffline({});
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
    const { page } = await openOffline({ backend: 'nim' });
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
