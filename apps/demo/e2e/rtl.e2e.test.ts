import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, type Demo, openDemo, openSessionNamed, sessionRows } from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return { ...found, center: found.x + found.width / 2, end: found.x + found.width };
}

/** The newest bubble of mine and of theirs in the open conversation. */
function bubbles(page: Page) {
  const log = page.getByRole('log');
  return {
    mine: log.locator('[data-direction="out"] [data-part="bubble"]').last(),
    theirs: log.locator('[data-direction="in"] [data-part="bubble"]').last(),
  };
}

describe('right to left', () => {
  it('mirrors the demo in Arabic: the list on the right, my bubbles on the left', async () => {
    demo = await openDemo({ locale: 'ar' });
    const { page } = demo;
    expect(await page.locator('[data-part="root"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-part="root"]').getAttribute('lang')).toBe('ar');
    await openSessionNamed(page, 'Sam Lee');
    const list = await box(page.locator('[data-part="session-list"]'));
    const pane = await box(page.locator('[data-part="chat-pane"]'));
    expect(list.x).toBeGreaterThanOrEqual(pane.end - 1);

    const { mine, theirs } = bubbles(page);
    const [own, other] = [await box(mine), await box(theirs)];
    expect(own.center).toBeLessThan(other.center);
    // Mine hug the pane's left edge, theirs its right (past the avatar).
    expect(own.x - pane.x).toBeLessThan(pane.end - own.end);
    expect(pane.end - other.end).toBeLessThan(other.x - pane.x);
    // The paper plane points left, the way the text runs.
    const send = page.locator('[data-part="send"] [data-part="icon"]');
    expect(await send.evaluate((icon) => getComputedStyle(icon).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
  });

  it('keeps the English layout the other way round', async () => {
    demo = await openDemo({ locale: 'en' });
    const { page } = demo;
    expect(await page.locator('[data-part="root"]').getAttribute('dir')).toBe('ltr');
    await openSessionNamed(page, 'Sam Lee');
    const list = await box(page.locator('[data-part="session-list"]'));
    const pane = await box(page.locator('[data-part="chat-pane"]'));
    expect(list.end).toBeLessThanOrEqual(pane.x + 1);
    const { mine, theirs } = bubbles(page);
    expect((await box(mine)).center).toBeGreaterThan((await box(theirs)).center);
    const send = page.locator('[data-part="send"] [data-part="icon"]');
    expect(await send.evaluate((icon) => getComputedStyle(icon).transform)).toBe('none');
  });

  it('shows names and words of the other direction the right way round', async () => {
    demo = await openDemo({ locale: 'ar' });
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    // English names line up with the Arabic UI, at the right, and still read left to right.
    for (const name of [
      page.locator('[data-part="chat-title"]'),
      sessionRows(page).first().locator('[data-part="session-name"]'),
    ]) {
      const [element, text] = await name.evaluate((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [node.getBoundingClientRect().right, range.getBoundingClientRect().right];
      });
      expect(Math.abs((element ?? 0) - (text ?? 0))).toBeLessThan(2);
      expect(await name.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    }

    // A message with a long Hebrew line and a short English one: each runs and aligns its own
    // way, the English one from the left.
    const input = page.getByRole('textbox', { name: 'رسالة' });
    await input.fill('שלום לכולם, נתראה מחר בתשע בבוקר\nsee you');
    await input.press('Enter');
    const text = page.getByRole('log').locator('[data-part="message-text"]').last();
    await text.getByText('see you').waitFor();
    const { block, lines } = await text.evaluate((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 1);
      const box = node.getBoundingClientRect();
      return {
        block: { left: box.left, right: box.right },
        lines: rects.map((rect) => ({ left: rect.left, right: rect.right })),
      };
    });
    const [hebrew, english] = [lines[0], lines.at(-1)];
    expect(Math.abs((hebrew?.right ?? 0) - block.right)).toBeLessThan(2);
    expect(Math.abs((english?.left ?? 0) - block.left)).toBeLessThan(2);
  });

  // ArrowLeft and ArrowRight go toward the start or end of the line as it reads (ARIA APG):
  // where they move something, right to left swaps the keys; where they do nothing, they
  // still do nothing.
  for (const [locale, text, toEnd, toStart] of [
    ['en', 'hello', 'ArrowRight', 'ArrowLeft'],
    ['ar', 'مرحبا', 'ArrowLeft', 'ArrowRight'],
  ] as const) {
    it(`gives the arrow keys their meaning in ${locale}`, async () => {
      demo = await openDemo({ locale });
      const { page } = demo;
      await openSessionNamed(page, 'Sam Lee');

      // The composer: the caret moves toward the end of the words with the key on that side.
      const input = page.locator('[data-part="chat-pane"] textarea');
      await input.fill(text);
      await input.press('Home');
      const caret = () => input.evaluate((area: HTMLTextAreaElement) => area.selectionStart);
      await input.press(toEnd);
      expect(await caret()).toBe(1);
      await input.press(toEnd);
      expect(await caret()).toBe(2);
      await input.press(toStart);
      expect(await caret()).toBe(1);

      // The session list is vertical: left and right leave the active row where it is.
      const first = sessionRows(page).first();
      await first.focus();
      for (const key of [toEnd, toStart]) {
        await page.keyboard.press(key);
        expect(await first.evaluate((row) => row === document.activeElement)).toBe(true);
      }
      await page.keyboard.press('ArrowDown');
      expect(
        await sessionRows(page)
          .nth(1)
          .evaluate((row) => row === document.activeElement),
      ).toBe(true);

      // A row's menu is vertical too, with no submenus: left and right neither move nor close it.
      await page.keyboard.press('Shift+F10');
      const menu = page.getByRole('menu');
      const items = menu.getByRole('menuitem');
      await expect
        .poll(() => items.first().evaluate((item) => item === document.activeElement))
        .toBe(true);
      for (const key of [toEnd, toStart]) {
        await page.keyboard.press(key);
        expect(await items.first().evaluate((item) => item === document.activeElement)).toBe(true);
      }
      await page.keyboard.press('ArrowDown');
      expect(await items.nth(1).evaluate((item) => item === document.activeElement)).toBe(true);
      expect(await menu.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    });
  }
});
