import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { type PaneEnv, paneEnv, storedText } from '../test/paneEnv.tsx';
import { ChatPane } from './ChatPane.tsx';

const RECT = { width: 480, height: 2000 };

let env: PaneEnv | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await env?.close();
  env = undefined;
});

const input = () => screen.getByRole('textbox', { name: 'Message' });

describe('ChatPane', () => {
  it('shows the peer, sends with Enter and keeps a draft per session', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: [storedText(1, 'hi there', Date.now() - 5000)] });
    const onBack = vi.fn();
    const view = env.render(<ChatPane sessionId="p2p-alice" onBack={onBack} initialRect={RECT} />);
    expect(await screen.findByRole('heading', { name: 'Alice' })).toBeTruthy();
    await screen.findByText('hi there');
    await expectNoAxeViolations(view.container);

    await user.type(input(), 'hello alice{Enter}');
    expect(input()).toHaveProperty('value', '');
    const log = screen.getByRole('log');
    await within(log).findByText('hello alice');
    await waitFor(() =>
      expect(env?.sessionOf('alice', 'p2p-me')?.lastMsg?.body).toBe('hello alice'),
    );

    await user.type(input(), 'half written');
    view.rerender(<ChatPane sessionId="p2p-bob" initialRect={RECT} />);
    expect(input()).toHaveProperty('value', '');
    view.rerender(<ChatPane sessionId="p2p-alice" onBack={onBack} initialRect={RECT} />);
    expect(input()).toHaveProperty('value', 'half written');

    await user.click(screen.getByRole('button', { name: 'Back to conversations' }));
    expect(onBack).toHaveBeenCalledOnce();
  }, 20_000);

  it('is a region named after the conversation, and after its window when told', async () => {
    env = await paneEnv({ messages: [storedText(1, 'hi there', Date.now() - 5000)] });
    env.render(
      <>
        <h2 id="window-a">Laptop</h2>
        <ChatPane sessionId="p2p-alice" initialRect={RECT} />
        <ChatPane sessionId="p2p-alice" initialRect={RECT} labelledBy="window-a" />
      </>,
    );
    expect(await screen.findByRole('region', { name: 'Alice' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Alice Laptop' })).toBeTruthy();
  });

  it('marks a failed send and resends it', async () => {
    const user = userEvent.setup();
    let failing = true;
    env = await paneEnv({ failMySends: () => failing });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    await user.type(input(), 'flaky{Enter}');
    expect(await screen.findByText('Not sent')).toBeTruthy();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(screen.queryByText('Not sent')).toBeNull());
    expect(screen.getAllByText('flaky')).toHaveLength(1);
  });

  it('recalls my message inside the window only, from the keyboard menu', async () => {
    const user = userEvent.setup();
    let now = Date.now();
    env = await paneEnv({ now: () => now, recallWindowMs: 120_000 });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    await user.type(input(), 'oops{Enter}');
    await waitFor(() =>
      expect(
        screen.getByText('oops').closest('[data-status]')?.getAttribute('data-status'),
      ).not.toBe('sending'),
    );

    const message = () => screen.getByRole('article');
    act(() => message().focus());
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Recall' }));
    expect(await screen.findByText('You recalled a message')).toBeTruthy();

    await user.type(input(), 'later{Enter}');
    await screen.findByText('later');
    now += 5 * 60_000;
    const later = screen.getByText('later').closest<HTMLElement>('[data-message-id]');
    if (!later) throw new Error('no row');
    act(() => later.focus());
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    // Past the recall window; the embedded backend's edit window is a day.
    expect(items).toEqual(['Reply', 'React', 'Edit', 'Copy', 'Forward', 'Delete for me']);
  });

  it("offers recall for as long as the backend allows, not the seeds' two minutes", async () => {
    const user = userEvent.setup();
    let now = Date.now();
    env = await paneEnv({ now: () => now, recallWindowMs: 30_000 });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    await user.type(input(), 'quick{Enter}');
    await waitFor(() =>
      expect(
        screen.getByText('quick').closest('[data-status]')?.getAttribute('data-status'),
      ).not.toBe('sending'),
    );
    const menuItems = async () => {
      act(() => screen.getByRole('article').focus());
      await user.keyboard('{Shift>}{F10}{/Shift}');
      const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
      return items;
    };
    now += 20_000;
    expect(await menuItems()).toContain('Recall');
    now += 40_000;
    expect(await menuItems()).not.toContain('Recall');
  });

  it('keeps the text and says why when a send to a team that does not exist is refused', async () => {
    const user = userEvent.setup();
    env = await paneEnv();
    const view = env.render(<ChatPane sessionId="team-404" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    await user.type(input(), 'anyone here?{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This conversation does not exist, so nothing was sent.',
    );
    expect(input()).toHaveProperty('value', 'anyone here?');
    expect(screen.queryByText('Not sent')).toBeNull();
    await expectNoAxeViolations(view.container);
    await user.type(input(), '!');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says an empty file was not sent, and sends nothing', async () => {
    const user = userEvent.setup();
    env = await paneEnv();
    const view = env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    const picker = view.container.querySelector<HTMLInputElement>('[data-part="file-picker"]');
    if (!picker) throw new Error('no file picker');
    await user.upload(picker, new File([], 'empty.txt', { type: 'text/plain' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“empty.txt” is empty and was not sent.',
    );
    expect(env.sessionOf('me', 'p2p-alice')).toBeUndefined();
  });

  it('puts a recalled text back into the input on Re-edit, with the focus there', async () => {
    const user = userEvent.setup();
    env = await paneEnv();
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('No messages yet. Say hello!');
    await user.type(input(), 'wrong words{Enter}');
    const sent = await screen.findByText('wrong words');
    await waitFor(() =>
      expect(sent.closest('[data-status]')?.getAttribute('data-status')).not.toBe('sending'),
    );
    act(() => screen.getByRole('article').focus());
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Recall' }));
    await user.click(await screen.findByRole('button', { name: 'Re-edit' }));
    expect(input()).toHaveProperty('value', 'wrong words');
    expect(document.activeElement).toBe(input());
  });

  it('forwards a message through the picker', async () => {
    const user = userEvent.setup();
    env = await paneEnv({
      messages: [
        storedText(1, 'pass it on', Date.now() - 5000),
        { ...storedText(2, 'hey', Date.now() - 4000, 'me'), sessionId: 'p2p-bob', to: 'bob' },
      ],
    });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    const text = await screen.findByText('pass it on');
    const row = text.closest<HTMLElement>('[data-message-id]');
    if (!row) throw new Error('no row');
    act(() => row.focus());
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Forward' }));
    const picker = await screen.findByRole('dialog', { name: 'Forward to…' });
    await user.type(within(picker).getByRole('searchbox'), 'bo');
    await user.click(within(picker).getByRole('button', { name: 'Bob' }));
    await waitFor(() => expect(env?.sessionOf('me', 'p2p-bob')?.lastMsg?.body).toBe('pass it on'));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Keyboard users carry on from the message they forwarded.
    await waitFor(() => expect(document.activeElement).toBe(row));

    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Forward' }));
    await screen.findByRole('dialog', { name: 'Forward to…' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('disables the input with the reason while offline, and shows who is typing', async () => {
    env = await paneEnv({ messages: [storedText(1, 'hi', Date.now() - 5000)] });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('hi');
    act(() => env?.alice.sendTyping('p2p-me'));
    expect(await screen.findByText('typing…')).toBeTruthy();

    await act(() => env?.me.disconnect());
    expect(input()).toHaveProperty('disabled', true);
    expect(screen.getByText(/You are offline/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeTruthy();
  });
});
