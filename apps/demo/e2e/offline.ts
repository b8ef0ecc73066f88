import type { Browser, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';

// Pages of the demo's backends that sign in to a vendor's cloud, tested without reaching it.

/** Scripts the page loaded, in order. */
export interface OpenPage {
  page: Page;
  scripts: string[];
}

/** A fresh browser context on the demo, cut off from everything but the demo's own server. */
export async function openOffline(
  browser: Browser | undefined,
  query: Record<string, string>,
): Promise<OpenPage> {
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

/** Everything the page keeps: its URL, Web Storage, cookies and every IndexedDB record. */
export function everythingStored(page: Page): Promise<string> {
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
