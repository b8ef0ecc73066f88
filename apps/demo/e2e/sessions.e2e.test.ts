import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  type Demo,
  device,
  openDemo,
  openSessionNamed,
  SIDE_BY_SIDE,
  send,
  sessionNames,
  sessionRow,
  unreadOf,
} from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

/** The accessible name of whatever has focus. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('role') ?? el?.tagName}:${el?.textContent?.trim() ?? ''}`;
  });
}

describe('the session list in the demo', () => {
  it('counts unread messages and clears them on every device when one opens the chat', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const phone = device(page, 'Alex · phone');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Design crew');
    await openSessionNamed(phone, 'Weekend hikers');
    await openSessionNamed(sam, 'Alex Rivera');
    expect(await unreadOf(laptop, 'Sam Lee')).toBe('');

    await send(sam, 'Are you there?');
    await send(sam, 'Call me when you can');
    await expect.poll(() => unreadOf(laptop, 'Sam Lee')).toBe('2');
    await expect.poll(() => unreadOf(phone, 'Sam Lee')).toBe('2');

    await openSessionNamed(laptop, 'Sam Lee');
    await expect.poll(() => unreadOf(laptop, 'Sam Lee')).toBe('');
    // The read position syncs to Alex's other device.
    await expect.poll(() => unreadOf(phone, 'Sam Lee')).toBe('');
  });

  it('pins a conversation to the top on every device, and unpins it back into time order', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const phone = device(page, 'Alex · phone');
    const before = await sessionNames(laptop);
    const target = before[5] ?? '';
    expect(target).not.toBe('');

    await sessionRow(laptop, target).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Pin to top' }).click();
    await expect.poll(async () => (await sessionNames(laptop))[0]).toBe(target);
    await expect.poll(async () => (await sessionNames(phone))[0]).toBe(target);
    expect(await sessionRow(laptop, target).getByLabel('Pinned').count()).toBe(1);

    await sessionRow(phone, target).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Unpin' }).click();
    await expect.poll(() => sessionNames(phone)).toEqual(before);
    await expect.poll(() => sessionNames(laptop)).toEqual(before);
  });

  it('brings a deleted conversation back at the next login, unless its history was cleared', async () => {
    demo = await openDemo();
    const { page } = demo;
    const names = await sessionNames(page);
    const [kept, cleared] = [names[3] ?? '', names[4] ?? ''];

    const remove = async (name: string, clearHistory: boolean) => {
      await sessionRow(page, name).click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Delete conversation' }).click();
      const dialog = page.getByRole('alertdialog');
      if (clearHistory) await dialog.getByLabel('Also clear the chat history').check();
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => sessionRow(page, name).count()).toBe(0);
    };
    await remove(kept, false);
    await remove(cleared, true);

    await page.reload();
    await sessionRow(page, kept).waitFor();
    const after = await sessionNames(page);
    expect(after).toContain(kept);
    expect(after).not.toContain(cleared);
  });

  it('is usable by keyboard alone: move, open the row menu with Shift+F10, pin', async () => {
    demo = await openDemo();
    const { page } = demo;
    const names = await sessionNames(page);
    const third = names[2] ?? '';

    for (let i = 0; i < 20 && !(await focused(page)).startsWith('option:'); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toMatch(/^option:/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toContain(third);

    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').waitFor();
    expect(await focused(page)).toMatch(/^menuitem:/);
    for (let i = 0; i < 6 && (await focused(page)) !== 'menuitem:Pin to top'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focused(page)).toBe('menuitem:Pin to top');
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await sessionNames(page))[0]).toBe(third);
    // Focus comes back to the list, so the next key still works.
    await expect.poll(() => focused(page)).toMatch(/^option:/);
    await page.keyboard.press('Enter');
    await page.getByRole('log').waitFor();
  });
});
