import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  bubble,
  closeBrowser,
  type Demo,
  device,
  openDemo,
  openSessionNamed,
  SIDE_BY_SIDE,
  send,
  sessionRow,
  sessionRows,
} from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

/** The message rows of the open conversation. */
const rows = (scope: Page | Locator) => scope.getByRole('log').locator('[data-part="message-row"]');

/** The reaction chips of the message showing `text`: "👍2" per chip, with "*" when mine. */
function chipsOf(scope: Page | Locator, text: string): Promise<string[]> {
  // One read of the DOM: chips come and go while toggles arrive.
  return bubble(scope, text).evaluate((message) =>
    [...message.querySelectorAll('[data-part="reaction-chip"]')].map(
      (chip) => `${chip.textContent}${chip.getAttribute('aria-pressed') === 'true' ? '*' : ''}`,
    ),
  );
}

describe('replies, reactions and edits in the demo', () => {
  it('replies to a message, and jumps from a quote to its original 2,000 messages back', async () => {
    demo = await openDemo();
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    const id = await page
      .getByRole('log')
      .locator('[data-message-id]')
      .last()
      .getAttribute('data-message-id');
    const newest = page.locator(`[data-message-id="${id}"]`);
    const original = (await newest.locator('[data-part="message-text"]').textContent()) ?? '';
    await newest.focus();
    await newest.press('r');
    await page.locator('[data-part="composer-quote"]', { hasText: original }).waitFor();
    await send(page, 'Replying with a quote');
    const quote = bubble(page, 'Replying with a quote').locator('[data-part="reply-quote"]');
    expect(await quote.textContent()).toContain(original);
    await quote.click();
    await rows(page).filter({ has: newest }).and(page.locator('[data-highlight]')).waitFor();

    // Jo's month-old history ends in a reply to a message 2,000 messages further back.
    const list = sessionRows(page);
    await list.first().focus();
    await list.first().press('End');
    await openSessionNamed(page, 'Jo Park');
    const far = bubble(page, 'Found it').locator('[data-part="reply-quote"]');
    expect(await far.textContent()).toContain('(#100)');
    const originalText = page
      .getByRole('log')
      .locator('[data-part="message-text"]', { hasText: '(#100)' });
    expect(await originalText.count()).toBe(0);
    await far.press('Enter');
    const target = rows(page).filter({
      has: page.locator('[data-part="message-text"]', { hasText: '(#100)' }),
    });
    await target.and(page.locator('[data-highlight]')).waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('[data-part="message-row"]')?.textContent,
        ),
      )
      .toContain('(#100)');
    expect(await bubble(page, 'Found it').count()).toBe(0);
  });

  it('converges when three devices toggle the same reaction at once', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const phone = device(page, 'Alex · phone');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Sam Lee');
    await openSessionNamed(phone, 'Sam Lee');
    await openSessionNamed(sam, 'Alex Rivera');
    await send(laptop, 'React to this one');
    for (const scope of [laptop, phone, sam]) await bubble(scope, 'React to this one').waitFor();

    await bubble(laptop, 'React to this one').hover();
    await laptop.getByRole('button', { name: 'React with 👍' }).click();
    for (const scope of [laptop, phone, sam]) {
      await bubble(scope, 'React to this one').locator('[data-part="reaction-chip"]').waitFor();
    }
    // Rounds of clicks on the chip of all three devices in one task: each device toggles
    // before it has heard of the others' toggles.
    for (let round = 0; round < 4; round++) {
      await page.evaluate(() => {
        for (const message of document.querySelectorAll('[data-message-id]')) {
          if (!message.textContent?.includes('React to this one')) continue;
          message.querySelector<HTMLElement>('[data-part="reaction-chip"]')?.click();
        }
      });
      await page.waitForTimeout(20 * round);
    }
    const states = () =>
      Promise.all([laptop, phone, sam].map((s) => chipsOf(s, 'React to this one')));
    const unpressed = (chips: string[] | undefined) => (chips ?? []).map((c) => c.replace('*', ''));
    await expect
      .poll(
        async () => {
          const [a, b, c] = await states();
          // Alex's two devices agree on everything, Sam on the counts.
          return a?.join() === b?.join() && unpressed(a).join() === unpressed(c).join();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    // And they stay agreed: nothing is still on its way.
    await page.waitForTimeout(500);
    const [a, b, c] = await states();
    expect(b).toEqual(a);
    expect(unpressed(c)).toEqual(unpressed(a));
  });

  it('shows an edit to the peer, on my other device and in the conversation preview', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const phone = device(page, 'Alex · phone');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Sam Lee');
    await openSessionNamed(phone, 'Sam Lee');
    await openSessionNamed(sam, 'Alex Rivera');
    await send(laptop, 'Meet at 5 at the usual place');
    await bubble(sam, 'Meet at 5').waitFor();

    const input = laptop.getByRole('textbox', { name: 'Message' });
    await input.press('ArrowUp');
    await laptop.getByText('Editing your message').waitFor();
    expect(await input.inputValue()).toBe('Meet at 5 at the usual place');
    await input.fill('Meet at 6 at the usual place');
    await input.press('Enter');

    for (const scope of [laptop, phone, sam]) {
      const edited = bubble(scope, 'Meet at 6');
      await edited.locator('[data-part="message-edited"]').waitFor();
      expect(await bubble(scope, 'Meet at 5').count()).toBe(0);
    }
    await sessionRow(sam, 'Alex Rivera').getByText('Meet at 6 at the usual place').waitFor();
    await sessionRow(phone, 'Sam Lee').getByText('Meet at 6 at the usual place').waitFor();
  });

  it('rolls a failed reaction back and says so', async () => {
    demo = await openDemo({ fail: 'reactions' });
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    await send(page, 'Nobody can react to this');
    const message = bubble(page, 'Nobody can react to this');
    await message.hover();
    await page.getByRole('button', { name: 'React with 😂' }).click();
    // Shown at once, taken back when the backend refuses.
    await message.locator('[data-part="reaction-chip"]').waitFor();
    await page.getByRole('alert').getByText('Your reaction could not be saved.').waitFor();
    expect(await message.locator('[data-part="reaction-chip"]').count()).toBe(0);
  });
});
