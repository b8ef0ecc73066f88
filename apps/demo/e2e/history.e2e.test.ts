import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { bubble, closeBrowser, type Demo, openDemo, openSessionNamed, send } from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

/** What one prepended page did to the message the reader was looking at. */
interface Prepend {
  id: string;
  expectedTop: number;
  actualTop: number;
}

describe('history in the demo', () => {
  it('scrolls back through the whole thread with the first visible message never moving', async () => {
    demo = await openDemo();
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');

    // Runs in the page: settle just outside the 200 px load threshold, note the first visible
    // message, scroll into the threshold as a reader would, wait for the older page, and
    // record where that message is against where the scroll alone put it.
    const prepends = await page.evaluate(async (): Promise<Prepend[]> => {
      const frame = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        );
      const el = document.querySelector<HTMLElement>('[data-part="message-scroller"]');
      if (!el) throw new Error('no message list');
      const firstVisible = () => {
        const box = el.getBoundingClientRect();
        let best: { id: string; top: number } | null = null;
        for (const row of el.querySelectorAll<HTMLElement>('[data-message-id]')) {
          const rect = row.getBoundingClientRect();
          if (rect.bottom <= box.top || rect.top >= box.bottom) continue;
          const top = rect.top - box.top;
          if (!best || top < best.top) best = { id: row.dataset.messageId ?? '', top };
        }
        return best;
      };
      const topOf = (id: string) => {
        const row = el.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`);
        return row ? row.getBoundingClientRect().top - el.getBoundingClientRect().top : Number.NaN;
      };
      const results: Prepend[] = [];
      for (let round = 0; round < 40; round++) {
        el.scrollTop = 300;
        await frame();
        await frame();
        const anchor = firstVisible();
        const height = el.scrollHeight;
        if (!anchor) throw new Error('no visible message');
        const from = el.scrollTop;
        el.scrollTop = from - 150;
        const scrolled = from - el.scrollTop;
        const deadline = performance.now() + 3000;
        while (el.scrollHeight === height && performance.now() < deadline) await frame();
        if (el.scrollHeight === height) break; // the start of the conversation
        await frame();
        await frame();
        results.push({
          id: anchor.id,
          expectedTop: anchor.top + scrolled,
          actualTop: topOf(anchor.id),
        });
      }
      return results;
    });

    // The seeded thread holds 240+ messages: several pages had to be prepended.
    expect(prepends.length).toBeGreaterThanOrEqual(5);
    for (const prepend of prepends) {
      expect(Math.abs(prepend.actualTop - prepend.expectedTop), prepend.id).toBeLessThan(1);
    }
    // At the start, the very first message of the conversation is shown with its day.
    await page.getByRole('log').locator('[data-part="date-separator"]').first().waitFor();
  });

  it("shows a grouped message's time on hover without moving rows or covering its text", async () => {
    demo = await openDemo();
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    // Two in a row from me: the second is grouped under the first, its time hidden.
    await send(page, 'First of two');
    await send(page, 'Second of two');
    const target = bubble(page, 'Second of two');
    await page
      .getByRole('log')
      .locator('[data-grouped]:not([data-status="sending"]):not([data-status="sendFailed"])', {
        hasText: 'Second of two',
      })
      .waitFor();
    const log = page.getByRole('log');
    const time = target.locator('[data-part="message-time"]');
    const rows = () =>
      log.locator('[data-message-id]').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return `${el.getAttribute('data-message-id')}@${box.top}+${box.height}`;
        }),
      );
    expect(await time.isVisible()).toBe(false);
    // Hover the one above first, so only the target's hover is measured.
    await bubble(page, 'First of two').locator('[data-part="bubble"]').hover();
    const before = await rows();
    await target.locator('[data-part="bubble"]').hover();
    await expect.poll(() => time.isVisible()).toBe(true);
    expect(await rows()).toEqual(before);
    // Nor does the row's "more" button cover the text of my message.
    const more = log
      .locator('[data-part="message-row"]', { hasText: 'Second of two' })
      .locator('[data-part="more-button"]');
    const [button, text] = await Promise.all([
      more.boundingBox(),
      target.locator('[data-part="bubble"]').boundingBox(),
    ]);
    if (!button || !text) throw new Error('no boxes');
    expect(button.x + button.width <= text.x || button.x >= text.x + text.width).toBe(true);
  });
});
