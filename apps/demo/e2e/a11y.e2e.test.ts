import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import {
  closeBrowser,
  conversation,
  type Demo,
  device,
  openConversation,
  openDemo,
  SIDE_BY_SIDE,
} from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

describe('the demo under axe-core in Chromium', () => {
  for (const [name, query] of [
    ['light, English', {}],
    ['dark', { scheme: 'dark' }],
    ['Chinese', { locale: 'zh-CN' }],
  ] as const) {
    it(`has no violations with a conversation open (${name})`, async () => {
      demo = await openDemo(query);
      const { page } = demo;
      await openConversation(page, name === 'Chinese' ? 'Design crew' : 'Sam Lee');
      await page.getByRole('log').locator('[data-message-id]').first().waitFor();
      expect(await violations(page)).toEqual([]);
    });
  }

  it('has no violations with a row menu open, nor side by side', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    await openConversation(laptop, 'Sam Lee');
    await conversation(laptop, 'Design crew').focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').waitFor();
    // An open menu is portaled to the end of the Parley root, outside the page's landmarks
    // (as a menu portaled to <body> would be); everything else about it is checked.
    expect(await violations(page, ['region'])).toEqual([]);
  });
});
