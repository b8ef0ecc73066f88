import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  bubble,
  closeBrowser,
  type Demo,
  device,
  isolated,
  openDemo,
  openSessionNamed,
  SIDE_BY_SIDE,
  send,
} from './demoPage.ts';

let demo: Demo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});
afterAll(closeBrowser);

describe('messaging in the demo', () => {
  it('delivers a message to the peer and to my other device, as text', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const phone = device(page, 'Alex · phone');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Sam Lee');
    await openSessionNamed(phone, 'Sam Lee');
    await openSessionNamed(sam, 'Alex Rivera');

    const text = 'Lunch at <b>12</b>? <script>alert(1)</script>';
    await send(laptop, text);
    await bubble(laptop, text).waitFor();
    await bubble(sam, text).waitFor();
    await bubble(phone, text).waitFor();
    expect(
      await page.locator('[data-part="message-list"] b, [data-part="message-list"] script').count(),
    ).toBe(0);

    // And back: Sam answers, both of Alex's devices show it.
    await send(sam, 'Sure, see you there');
    await bubble(laptop, 'Sure, see you there').waitFor();
    await bubble(phone, 'Sure, see you there').waitFor();
  });

  it('flips a p2p receipt to read when the peer reads the message', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Sam Lee');
    // Sam is looking at another conversation, so the message stays unread.
    await openSessionNamed(sam, 'Design crew');

    await send(laptop, 'Did you see the draft?');
    const receipt = bubble(laptop, 'Did you see the draft?').locator('[data-part="read-receipt"]');
    await expect.poll(() => receipt.getAttribute('data-state')).toBe('unread');

    await openSessionNamed(sam, 'Alex Rivera');
    await bubble(sam, 'Did you see the draft?').waitFor();
    await expect.poll(() => receipt.getAttribute('data-state')).toBe('read');
    expect(await receipt.textContent()).toContain('Read');
  });

  it("moves a team message's read count as members read it", async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Design crew');
    await openSessionNamed(sam, 'Alex Rivera');

    await send(laptop, 'Review at 3?');
    const receipt = bubble(laptop, 'Review at 3?').locator('[data-part="read-receipt"]');
    const unread = async () =>
      Number(/(\d+) unread/.exec((await receipt.textContent()) ?? '')?.[1]);
    await expect.poll(unread).toBeGreaterThan(1);
    const unreadBefore = await unread();

    await openSessionNamed(sam, 'Design crew');
    await bubble(sam, 'Review at 3?').waitFor();
    await expect.poll(unread).toBe(unreadBefore - 1);

    // Who read it and who has not, in the receipt's popover.
    await receipt.click();
    const details = page.getByRole('dialog', { name: 'Read receipts' });
    await details.getByText('Read (1)').waitFor();
    await details.getByText('Sam Lee').waitFor();
  });

  it('recalls a message on both sides through the message menu', async () => {
    demo = await openDemo({ view: 'side-by-side' }, SIDE_BY_SIDE);
    const { page } = demo;
    const laptop = device(page, 'Alex · laptop');
    const sam = device(page, 'Sam');
    await openSessionNamed(laptop, 'Sam Lee');
    await openSessionNamed(sam, 'Alex Rivera');

    await send(laptop, 'Oops, wrong chat');
    await bubble(sam, 'Oops, wrong chat').waitFor();
    await bubble(laptop, 'Oops, wrong chat').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Recall' }).click();

    const recalled = (scope: typeof laptop, text: string) =>
      scope.getByRole('log').locator('[data-part="recalled-content"]', { hasText: text });
    await recalled(laptop, 'You recalled a message').waitFor();
    await recalled(sam, `${isolated('Alex Rivera')} recalled a message`).waitFor();
    // The session list previews the recall too.
    await sam
      .getByRole('listbox')
      .getByText(`${isolated('Alex Rivera')} recalled a message`)
      .waitFor();
    expect(await bubble(sam, 'Oops, wrong chat').count()).toBe(0);
  });

  it('keeps sent messages across a reload (IndexedDB)', async () => {
    demo = await openDemo();
    const { page } = demo;
    await openSessionNamed(page, 'Sam Lee');
    await send(page, 'Written before the reload');
    await bubble(page, 'Written before the reload').waitFor();
    await expect
      .poll(() => bubble(page, 'Written before the reload').getAttribute('data-status'))
      .not.toBe('sending');

    await page.reload();
    await openSessionNamed(page, 'Sam Lee');
    await bubble(page, 'Written before the reload').waitFor();
  });
});
