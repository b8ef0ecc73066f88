import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';

let browser: Browser | undefined;

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');

/** Where a screenshot the README shows goes (docs/screenshots): every run refreshes them. */
export function screenshotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, name);
}

/** Wide enough for three devices side by side, each with list and pane (720 px apiece). */
export const SIDE_BY_SIDE = { width: 2250, height: 800 };

/** An open demo page; `close()` fails when the page threw an uncaught error. */
export interface Demo {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Opens a page of the built demo (`path`, with `query`) in a fresh browser context, so a fresh
 * IndexedDB. `close()` fails when the page threw an uncaught error. One Chromium serves the
 * whole file.
 */
export async function openPage(
  path: string,
  query: Record<string, string> = {},
  viewport = { width: 1280, height: 800 },
): Promise<Demo> {
  browser ??= await launchChromium();
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${inject('demoUrl')}${path}?${new URLSearchParams(query)}`);
  return {
    page,
    context,
    async close() {
      await context.close();
      if (errors.length > 0) throw errors[0];
    },
  };
}

/**
 * Opens the demo (it seeds a fresh IndexedDB) with the simulated peers off, so nothing moves
 * unless the test moves it, and waits for its conversation list.
 */
export async function openDemo(
  query: Record<string, string> = {},
  viewport = { width: 1280, height: 800 },
): Promise<Demo> {
  const demo = await openPage('', { peers: 'off', ...query }, viewport);
  await sessionRows(demo.page).first().waitFor();
  return demo;
}

/**
 * Opens the README's example as pasted into a page with no CSS of its own
 * (`src/dropIn/main.tsx`; see there for the query), once its layout is on screen.
 */
export async function openDropIn(
  query: Record<string, string> = {},
  viewport = { width: 1280, height: 800 },
): Promise<Demo> {
  const demo = await openPage('drop-in.html', query, viewport);
  await demo.page.locator('[data-part="chat-layout"]').waitFor();
  return demo;
}

/** Closes the shared browser; call in afterAll. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** One device of the side-by-side view: "Alex · laptop", "Alex · phone" or "Sam". */
export function device(page: Page, label: 'Alex · laptop' | 'Alex · phone' | 'Sam'): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

/** The session rows of a device (or of the page in the one-device view). */
export function sessionRows(scope: Page | Locator): Locator {
  return scope
    .getByRole('listbox', { name: /^(Conversations|会话列表|トーク|المحادثات)$/ })
    .getByRole('option');
}

/** The row of the conversation whose name is exactly `name`. */
export function sessionRow(scope: Page | Locator, name: string): Locator {
  // `has` is resolved inside each row, so it is built from the page, not from `scope`.
  const page = 'page' in scope ? scope.page() : scope;
  return sessionRows(scope).filter({
    has: page.locator('[data-part="session-name"]', { hasText: new RegExp(`^${name}$`) }),
  });
}

/** Names of the conversations in list order (the rendered window of the virtual list). */
export function sessionNames(scope: Page | Locator): Promise<string[]> {
  return sessionRows(scope).locator('[data-part="session-name"]').allTextContents();
}

/** The unread badge of a session row ("" when there is none). */
export async function unreadOf(scope: Page | Locator, name: string): Promise<string> {
  const badge = sessionRow(scope, name).locator('[data-part="unread-badge"]');
  return (await badge.count()) === 0 ? '' : ((await badge.textContent()) ?? '');
}

/** Opens a conversation and waits for its pane. */
export async function openSessionNamed(scope: Page | Locator, name: string): Promise<void> {
  await sessionRow(scope, name).click();
  await scope.getByRole('log').waitFor();
}

/** Types `text` into the composer and sends it with Enter. */
export async function send(scope: Page | Locator, text: string): Promise<void> {
  const input = scope.getByRole('textbox', { name: 'Message' });
  await input.fill(text);
  await input.press('Enter');
}

/** A name as Parley puts it in a sentence: between Unicode isolates (U+2068 … U+2069). */
export function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}

/** The message bubble showing `text` in the open conversation. */
export function bubble(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('log').locator('[data-message-id]', { hasText: text });
}
