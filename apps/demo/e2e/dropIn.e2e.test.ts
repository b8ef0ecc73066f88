import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  bubble,
  closeBrowser,
  type Demo,
  openDropIn,
  openPage,
  screenshotPath,
  send,
} from './demoPage.ts';

// The README's example pasted into a page that has no CSS of its own: html, body and #root
// have no height (a Vite template with its CSS removed), body keeps its 8 px margin.

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

const layoutBox = async (d: Demo) => d.page.locator('[data-part="chat-layout"]').boundingBox();

describe('the kit dropped into a page with no CSS', () => {
  it('fills the viewport when nothing gives it a height', async () => {
    demo = await openDropIn({}, { width: 1280, height: 720 });
    const box = await layoutBox(demo);
    expect(box?.height).toBe(720);
    expect(box?.width).toBe(1280 - 2 * 8);
    await demo.page.getByText('No conversations yet').waitFor();
    await demo.page.screenshot({ path: screenshotPath('drop-in.png') });
  });

  it('fills a container that has a height, and no more', async () => {
    demo = await openDropIn({ container: '420px' }, { width: 1280, height: 720 });
    expect((await layoutBox(demo))?.height).toBe(420);
  });

  it('starts a chat from the empty list: find someone, open, write', async () => {
    demo = await openDropIn({}, { width: 1280, height: 720 });
    const { page } = demo;
    const empty = page.locator('[data-part="session-list-state"]');
    await empty.getByRole('button', { name: 'New conversation' }).click();
    const search = page.getByRole('combobox', { name: 'Name or account' });
    await search.pressSequentially('sam');
    await page.getByRole('option', { name: /Samira Haddad/ }).waitFor();
    const results = page.getByRole('listbox', { name: 'People and teams' }).getByRole('option');
    expect(await results.allTextContents()).toEqual(['SLSam Leesam', 'SHSamira Haddadsamira']);
    await page.screenshot({ path: screenshotPath('drop-in-new-chat.png') });

    await search.press('Enter');
    const input = page.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('region', { name: 'Sam Lee' }).waitFor();
    await send(page, 'Hi Sam, found you');
    await bubble(page, 'Hi Sam, found you').waitFor();
    const row = page.getByRole('option', { name: /Sam Lee/ });
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: screenshotPath('drop-in-chat-started.png') });
  });

  it('asks for no favicon.ico: the demo pages link their icon', async () => {
    for (const path of ['', 'drop-in.html']) {
      demo = await openPage(path, { peers: 'off' });
      const requests: string[] = [];
      demo.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      const icon = demo.page.waitForResponse((r) => r.url().endsWith('/favicon.svg'));
      await demo.page.reload();
      const response = await icon;
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/svg+xml');
      expect(requests).not.toContain('/favicon.ico');
      await demo.close();
      demo = undefined;
    }
  });
});
