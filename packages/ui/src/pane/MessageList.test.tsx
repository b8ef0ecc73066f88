import { ChatError } from '@parley/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { type PaneEnv, paneEnv, storedText } from '../test/paneEnv.tsx';
import { MessageList } from './MessageList.tsx';

const RECT = { width: 480, height: 2000 };
const DAY = 24 * 60 * 60_000;

let env: PaneEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

function scroller(): HTMLElement {
  return screen.getByRole('log');
}

/** jsdom has no layout: give the scroller the sizes a browser would. */
function stubScroll(el: HTMLElement, sizes: { scrollHeight: number; clientHeight: number }) {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, value: sizes.scrollHeight });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: sizes.clientHeight });
}

function scrollTo(el: HTMLElement, top: number) {
  el.scrollTop = top;
  fireEvent.scroll(el);
}

describe('MessageList', () => {
  it('shows the conversation with day separators and the unread divider before the first unread', async () => {
    const today = new Date();
    today.setHours(0, 0, 30, 0);
    const t0 = today.getTime() - 2 * DAY;
    env = await paneEnv({
      messages: [
        storedText(1, 'two days ago', t0),
        storedText(2, 'reply', t0 + 60_000, 'me'),
        storedText(3, 'today first', t0 + 2 * DAY),
      ],
    });
    await env.me.markSessionRead('p2p-alice');
    await env.alice.send('p2p-me', { type: 'text', body: 'unread one' });
    await env.alice.send('p2p-me', { type: 'text', body: 'unread two' });
    await waitFor(() => expect(env?.sessionOf('me', 'p2p-alice')?.unread).toBe(2));

    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('unread two');
    const rows = [...scroller().querySelectorAll('[data-part="message-row"]')];
    const texts = rows.map((row) => ({
      date: row.querySelector('[data-part="date-separator"]')?.textContent ?? null,
      divider: row.querySelector('[data-part="unread-divider"]')?.textContent ?? null,
      body: row.querySelector('[data-part="message-content"]')?.textContent,
    }));
    expect(texts.map((r) => r.body)).toEqual([
      'two days ago',
      'reply',
      'today first',
      'unread one',
      'unread two',
    ]);
    // A day label on the first message and where the day changes, nowhere else.
    expect(texts.map((r) => r.date !== null)).toEqual([true, false, true, false, false]);
    expect(texts[2]?.date).toBe('Today');
    expect(texts.map((r) => r.divider)).toEqual([null, null, null, '2 new messages', null]);
  });

  it('groups consecutive messages of one sender', async () => {
    const t0 = Date.now() - 60 * 60_000;
    env = await paneEnv({
      messages: [
        storedText(1, 'a', t0),
        storedText(2, 'b', t0 + 30_000),
        storedText(3, 'c', t0 + 60 * 60_000 - 1000),
      ],
    });
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('c');
    const grouped = [...scroller().querySelectorAll('[data-message-id]')].map(
      (el) => el.getAttribute('data-grouped') === 'true',
    );
    expect(grouped).toEqual([false, true, false]);
  });

  it('renders hostile strings as text', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '<img src=x onerror=alert(1)>',
      `zero\u200Bwidth\u200D\u2060${'x'.repeat(20_000)}`,
    ];
    env = await paneEnv({
      messages: hostile.map((body, i) => storedText(i, body, Date.now() - 10_000 + i)),
    });
    const { container } = env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('<script>alert(1)</script>');
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('script, img[src="x"]')).toBeNull();
    expect(container.querySelector('[href^="javascript" i]')).toBeNull();
  });

  it('loads older pages when scrolled near the top', async () => {
    const t0 = Date.now() - 60 * 60_000;
    env = await paneEnv({
      historyPageSize: 10,
      messages: Array.from({ length: 25 }, (_, i) => storedText(i, `message ${i}`, t0 + i * 1000)),
    });
    // Shorter than the first page, so it does not fetch more just to fill the viewport.
    env.render(<MessageList sessionId="p2p-alice" initialRect={{ width: 480, height: 400 }} />);
    await screen.findByText('message 24');
    expect(screen.queryByText('message 14')).toBeNull();

    const el = scroller();
    stubScroll(el, { scrollHeight: 3000, clientHeight: 600 });
    scrollTo(el, 1500);
    expect(screen.queryByText('message 14')).toBeNull();
    scrollTo(el, 50);
    await screen.findByText('message 14');
    // One page at a time: the next one waits for the next scroll.
    expect(screen.queryByText('message 4')).toBeNull();
    expect(scroller().getAttribute('aria-busy')).toBe('false');
  });

  it('offers "new messages" when scrolled up, and stays quiet at the bottom', async () => {
    const t0 = Date.now() - 60 * 60_000;
    env = await paneEnv({
      messages: Array.from({ length: 5 }, (_, i) => storedText(i, `old ${i}`, t0 + i * 1000)),
    });
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('old 4');
    const el = scroller();
    stubScroll(el, { scrollHeight: 3000, clientHeight: 600 });

    scrollTo(el, 2400);
    await act(() => env?.alice.send('p2p-me', { type: 'text', body: 'while at bottom' }));
    await screen.findByText('while at bottom');
    expect(screen.queryByRole('button', { name: /new message/ })).toBeNull();

    scrollTo(el, 800);
    await act(() => env?.alice.send('p2p-me', { type: 'text', body: 'first' }));
    await act(() => env?.alice.send('p2p-me', { type: 'text', body: 'second' }));
    const button = await screen.findByRole('button', { name: '2 new messages' });
    // Announced politely, once per arrival, without reading out history.
    expect(screen.getByText('New message from Alice: second')).toBeTruthy();

    await userEvent.click(button);
    expect(screen.queryByRole('button', { name: /new message/ })).toBeNull();
  });

  it('shows the empty state', async () => {
    env = await paneEnv();
    env.render(<MessageList sessionId="p2p-bob" initialRect={RECT} />);
    expect(await screen.findByText('No messages yet. Say hello!')).toBeTruthy();
  });

  it('loads once connected, and offers a retry when the first page fails', async () => {
    env = await paneEnv({ messages: [storedText(1, 'hello again', Date.now() - 1000)] });
    const { me } = env;
    await me.disconnect();
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    expect(screen.getByRole('status', { name: 'Loading messages…' })).toBeTruthy();

    const getHistory = me.adapter.getHistory;
    me.adapter.getHistory = () => Promise.reject(new ChatError('TIMEOUT', 'history timed out'));
    await act(() => me.connect());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load messages.');

    me.adapter.getHistory = getHistory;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('hello again')).toBeTruthy();
  });
});

describe('MessageList keyboard', () => {
  it('moves between messages with arrows and opens the menu with Shift+F10', async () => {
    const user = userEvent.setup();
    const t0 = Date.now() - 60 * 60_000;
    env = await paneEnv({
      messages: [storedText(1, 'first', t0), storedText(2, 'second', t0 + 60_000, 'me')],
    });
    env.render(<MessageList sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('second');

    await user.tab();
    const newest = document.activeElement;
    expect(newest?.textContent).toContain('second');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toContain('first');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(newest);

    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu');
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    // No Reply: this list was given no composer to reply in.
    expect(items).toEqual(['React', 'Copy', 'Forward', 'Delete for me']);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(newest);
  });
});
