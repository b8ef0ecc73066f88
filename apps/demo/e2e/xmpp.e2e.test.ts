import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { ensureProsody } from '../../../packages/adapter-xmpp/src/test/ensureProsody.ts';
import {
  type ProsodyServer,
  startProsody,
} from '../../../packages/adapter-xmpp/src/test/startProsody.ts';
import { launchChromium } from '../../../scripts/browser.ts';
import { bubble, openSessionNamed, screenshotPath, send, sessionRow } from './demoPage.ts';

// The demo's "XMPP server" backend against a private Prosody (the adapter's test harness:
// loopback only, WebSocket, memory storage), in Debian's Chromium.
const PASSWORDS = { alice: 'alice-secret-7', bob: 'bob-secret-7' } as const;

let server: ProsodyServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ensureProsody();
  [server, browser] = await Promise.all([startProsody(), launchChromium()]);
  await Promise.all(Object.entries(PASSWORDS).map(([a, p]) => server?.register(a, p)));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function prosody(): ProsodyServer {
  if (!server) throw new Error('Prosody did not start');
  return server;
}

/** A fresh browser context on the demo with the XMPP backend picked; fails on page errors. */
async function openXmppDemo(): Promise<Page> {
  if (!browser) throw new Error('Chromium did not start');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  onTestFinished(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });
  await page.goto(`${inject('demoUrl')}?backend=xmpp`);
  return page;
}

const field = (page: Page, name: 'Server' | 'Account') =>
  page.getByRole('textbox', { name, exact: true });
const passwordField = (page: Page) => page.getByLabel('Password', { exact: true });

/** Fills the connect form and submits it from the keyboard. */
async function signIn(
  page: Page,
  account: string,
  password: string,
  serverField = prosody().websocketUrl,
): Promise<void> {
  await field(page, 'Server').fill(serverField);
  await field(page, 'Account').fill(`${account}@${prosody().domain}`);
  await passwordField(page).fill(password);
  await passwordField(page).press('Enter');
}

describe('demo on an XMPP server', () => {
  it('signs in to Prosody from the browser and chats with another account, both ways', async () => {
    const [alice, bob] = await Promise.all([openXmppDemo(), openXmppDemo()]);
    await Promise.all([signIn(alice, 'alice', PASSWORDS.alice), signIn(bob, 'bob', PASSWORDS.bob)]);
    await alice.getByText(`Signed in as alice@${prosody().domain}`).waitFor();
    await bob.getByText(`Signed in as bob@${prosody().domain}`).waitFor();

    // Bob is in neither Alice's roster nor her sessions: the typed account is offered as is.
    await alice.getByRole('button', { name: 'New conversation' }).first().click();
    await alice.getByRole('combobox', { name: 'Name or account' }).fill(`Bob@${prosody().domain}`);
    await alice.getByRole('option', { name: /Start a chat with “bob”/ }).waitFor();
    await alice.keyboard.press('Enter');
    // A new conversation has no message log yet: its composer has the focus.
    const composer = alice.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => composer.evaluate((el) => el === document.activeElement)).toBe(true);
    await send(alice, 'Hello Bob, over XMPP');
    await bubble(alice, 'Hello Bob, over XMPP').waitFor();

    // Bob had no conversation: the live message creates it.
    await sessionRow(bob, 'alice').waitFor();
    await openSessionNamed(bob, 'alice');
    await bubble(bob, 'Hello Bob, over XMPP').waitFor();
    await send(bob, 'Hi Alice!');
    await bubble(alice, 'Hi Alice!').waitFor();
    // Bob opened the conversation, so Alice's message turns read (XEP-0333 displayed). Bob's
    // client sends the marker after storing his read position, maybe after his reply: wait.
    const receipt = bubble(alice, 'Hello Bob, over XMPP').locator('[data-part="read-receipt"]');
    await expect.poll(() => receipt.getAttribute('data-state'), { timeout: 10_000 }).toBe('read');
    await alice.screenshot({ path: screenshotPath('demo-xmpp.png') });

    // The account may be remembered; the password never is.
    const url = new URL(alice.url());
    expect(url.searchParams.get('xmppAccount')).toBe(`alice@${prosody().domain}`);
    const stored = await alice.evaluate(() =>
      JSON.stringify([window.location.href, { ...localStorage }, { ...sessionStorage }]),
    );
    expect(stored).not.toContain(PASSWORDS.alice);
  });

  it('shows why a connect failed, with the ChatError code, and keeps server and account', async () => {
    const page = await openXmppDemo();
    // A bare loopback host stands for ws://host/xmpp-websocket: the server answers, and refuses.
    const host = new URL(prosody().websocketUrl).host;
    await signIn(page, 'alice', 'not-the-password', host);
    await page.getByRole('alert').filter({ hasText: 'AUTH_FAILED' }).waitFor();

    await page.reload();
    expect(await field(page, 'Server').inputValue()).toBe(host);
    expect(await field(page, 'Account').inputValue()).toBe(`alice@${prosody().domain}`);
    expect(await passwordField(page).inputValue()).toBe('');
    await passwordField(page).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'INVALID_ARGUMENT' }).waitFor();
  });
});
