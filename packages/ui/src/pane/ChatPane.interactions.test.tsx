import { selectMessage } from '@parley/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { type PaneEnv, paneEnv, storedText } from '../test/paneEnv.tsx';
import { ChatPane } from './ChatPane.tsx';

const RECT = { width: 480, height: 2000 };

let env: PaneEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const input = () => screen.getByRole('textbox', { name: 'Message' });
const row = (text: string) =>
  within(screen.getByRole('log'))
    .getByText(text)
    .closest<HTMLElement>('[data-part="message-row"]') as HTMLElement;
const message = (text: string) => row(text).querySelector<HTMLElement>('[data-message-id]');

/** The message as `account`'s chat holds it. */
function stored(account: 'me' | 'alice', idClient: string) {
  const chat = account === 'me' ? env?.me : env?.alice;
  const sessionId = account === 'me' ? 'p2p-alice' : 'p2p-me';
  return selectMessage(chat?.store.getState().messages[sessionId], idClient);
}

describe('ChatPane: replies, reactions, edits', () => {
  it('replies to a focused message with R: the quote shows above the input, then in the bubble', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: [storedText(1, 'lunch at noon?', Date.now() - 5000)] });
    const view = env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('lunch at noon?');
    message('lunch at noon?')?.focus();
    await user.keyboard('r');
    // Lazy, like the menus: focusing the message started loading it.
    expect(await screen.findByText('Replying to Alice')).toBeTruthy();
    expect(document.activeElement).toBe(input());
    // Escape gives it up, the menu brings it back.
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Replying to Alice')).toBeNull();
    fireEvent.contextMenu(message('lunch at noon?') as HTMLElement);
    await user.click(await screen.findByRole('menuitem', { name: 'Reply' }));
    await user.type(input(), 'yes, see you{Enter}');
    expect(screen.queryByText('Replying to Alice')).toBeNull();

    const quote = await screen.findByRole('button', {
      name: 'In reply to Alice: lunch at noon?',
    });
    expect(row('yes, see you').contains(quote)).toBe(true);
    await waitFor(() =>
      expect(env?.sessionOf('alice', 'p2p-me')?.lastMsg?.replyTo?.idClient).toBe('t-1'),
    );
    await expectNoAxeViolations(view.container);
  }, 30_000);

  it('reacts from the hover bar and toggles mine off from the chip; the peer sees both', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: [storedText(1, 'shipped it', Date.now() - 5000)] });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('shipped it');
    await env.alice.openSession('p2p-me');
    fireEvent.pointerEnter(row('shipped it'));
    await user.click(await screen.findByRole('button', { name: 'React with 🙏' }));
    const chip = await screen.findByRole('button', { name: '🙏: 1 reaction' });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(stored('alice', 't-1')?.reactions?.['🙏']?.me?.on).toBe(true));
    // Reactions are not messages: nothing new to read for alice.
    expect(env.sessionOf('alice', 'p2p-me')?.lastMsg?.body).toBe('shipped it');

    await user.click(chip);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^🙏/ })).toBeNull());
    await waitFor(() => expect(stored('alice', 't-1')?.reactions?.['🙏']?.me?.on).toBe(false));
  }, 30_000);

  it('shows a peer’s reaction as it arrives, not pressed, and opens the picker with +', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: [storedText(1, 'mine', Date.now() - 5000, 'me')] });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('mine');
    await env.alice.openSession('p2p-me');
    const theirs = stored('alice', 't-1');
    if (!theirs) throw new Error('alice has not loaded the message');
    await act(() => env?.alice.react(theirs, '🎉'));
    const chip = await screen.findByRole('button', { name: '🎉: 1 reaction' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');

    message('mine')?.focus();
    await user.keyboard('+');
    await screen.findByRole('dialog', { name: 'Pick a reaction' });
    await user.click(screen.getByRole('button', { name: 'React with 🎉' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const both = await screen.findByRole('button', { name: '🎉: 2 reactions' });
    expect(both.getAttribute('aria-pressed')).toBe('true');
  }, 30_000);

  it('edits my last message with Arrow Up; Enter saves, the bubble says edited, the peer sees it', async () => {
    const user = userEvent.setup();
    env = await paneEnv({
      messages: [
        storedText(1, 'see you at 5', Date.now() - 9000, 'me'),
        storedText(2, 'ok', Date.now() - 5000),
      ],
    });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('see you at 5');
    await env.alice.openSession('p2p-me');
    await user.type(input(), 'a draft');
    await user.clear(input());
    await user.keyboard('{ArrowUp}');
    expect(screen.getByText('Editing your message')).toBeTruthy();
    expect(input()).toHaveProperty('value', 'see you at 5');
    await user.clear(input());
    await user.type(input(), 'see you at 6{Enter}');
    expect(screen.queryByText('Editing your message')).toBeNull();
    expect(input()).toHaveProperty('value', '');

    await screen.findByText('see you at 6');
    expect(row('see you at 6').querySelector('[data-part="message-edited"]')?.textContent).toBe(
      'edited',
    );
    await waitFor(() => expect(stored('alice', 't-1')?.body).toBe('see you at 6'));
  }, 30_000);

  it('cancels an edit with Escape and gives the draft back', async () => {
    const user = userEvent.setup();
    env = await paneEnv({ messages: [storedText(1, 'typo here', Date.now() - 5000, 'me')] });
    env.render(<ChatPane sessionId="p2p-alice" initialRect={RECT} />);
    await screen.findByText('typo here');
    message('typo here')?.focus();
    await user.keyboard('e');
    expect(input()).toHaveProperty('value', 'typo here');
    await user.type(input(), ' and more');
    await user.keyboard('{Escape}');
    expect(input()).toHaveProperty('value', '');
    expect(screen.queryByText('Editing your message')).toBeNull();
    expect(stored('me', 't-1')?.body).toBe('typo here');
  }, 30_000);
});
