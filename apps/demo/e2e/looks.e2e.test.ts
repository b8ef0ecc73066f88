import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  type Demo,
  device,
  openDemo,
  openSessionNamed,
  screenshotPath,
  sessionRows,
} from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

describe('the demo as people see it', () => {
  it('opens on the embedded backend with a conversation to read', async () => {
    demo = await openDemo();
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    await page.getByRole('log').locator('[data-message-id]').first().waitFor();
    await page.screenshot({ path: screenshotPath('demo.png') });
  });

  it('switches theme and language from the toolbar, and keeps them in the URL', async () => {
    demo = await openDemo();
    const { page } = demo;
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Language').selectOption('zh-CN');
    const root = page.locator('[data-parley-theme]').first();
    await expect.poll(() => root.getAttribute('data-parley-theme')).toBe('dark');
    await openSessionNamed(page, 'Sam Lee');
    await page.getByRole('textbox', { name: '消息' }).waitFor();
    expect(await page.getByRole('textbox', { name: '消息' }).getAttribute('placeholder')).toBe(
      '输入消息…',
    );
    await page.screenshot({ path: screenshotPath('demo-dark-zh-CN.png') });

    await page.reload();
    await page.getByRole('listbox', { name: '会话列表' }).waitFor();
    expect(await root.getAttribute('data-parley-theme')).toBe('dark');
  });

  it('reads right to left in Arabic', async () => {
    demo = await openDemo({ locale: 'ar' });
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    // An Arabic line among the English ones: each runs its own way in the mirrored pane.
    const input = page.getByRole('textbox', { name: 'رسالة' });
    await input.fill('رأيت التصميم الجديد، يبدو رائعًا 👍');
    await input.press('Enter');
    await page.getByRole('log').getByText('رأيت التصميم الجديد').waitFor();
    await page.screenshot({ path: screenshotPath('demo-ar.png') });
  });

  it('shows Japanese in the dark preset', async () => {
    demo = await openDemo({ locale: 'ja', scheme: 'dark' });
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    await page.getByRole('textbox', { name: 'メッセージ' }).waitFor();
    await page.screenshot({ path: screenshotPath('demo-ja-dark.png') });
  });

  it('shows two accounts and a second device side by side', async () => {
    demo = await openDemo({ view: 'side-by-side' }, { width: 1600, height: 700 });
    const { page } = demo;
    // Narrower than two columns per device: each collapses to the list until a chat opens.
    await openSessionNamed(device(page, 'Alex · laptop'), 'Sam Lee');
    await openSessionNamed(device(page, 'Sam'), 'Alex Rivera');
    await page.screenshot({ path: screenshotPath('demo-side-by-side.png') });
    // The phone has not opened anything: it still shows its list.
    await sessionRows(device(page, 'Alex · phone')).first().waitFor();
  });
});
