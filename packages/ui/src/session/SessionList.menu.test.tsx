import { selectSession } from '@parley/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { openLocalList, type PeerSpec, TEST_RECT } from '../test/localList.tsx';
import { SessionList } from './SessionList.tsx';

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const PEERS: PeerSpec[] = [
  { account: 'alice', nick: 'Alice', messages: ['one', 'two', 'three'] },
  { account: 'bob', nick: 'Bob' },
  { account: 'carol', nick: 'Carol' },
];

const names = () =>
  screen
    .getAllByRole('option')
    .map((o) => o.querySelector('[data-part="session-name"]')?.textContent);
const row = (name: string) => screen.getByRole('option', { name: new RegExp(name) });
const session = (id: string) => (env ? selectSession(env.chat.store.getState(), id) : undefined);

async function setup(options: Parameters<typeof openLocalList>[0] = {}) {
  env = await openLocalList({ peers: PEERS, ...options });
  const view = env.render(<SessionList initialRect={TEST_RECT} />);
  await waitFor(() => expect(names()).toEqual(['Alice', 'Bob', 'Carol']));
  return { ...view, user: userEvent.setup() };
}

describe('SessionList row menu', { timeout: 20_000 }, () => {
  it('pins from the right-click menu, moving the row to the top, and unpins', async () => {
    const { user } = await setup();
    fireEvent.contextMenu(row('Carol'));
    await user.click(await screen.findByRole('menuitem', { name: 'Pin to top' }));
    await waitFor(() => expect(names()).toEqual(['Carol', 'Alice', 'Bob']));
    expect(within(row('Carol')).getByRole('img', { name: 'Pinned' })).toBeTruthy();

    fireEvent.contextMenu(row('Carol'));
    await user.click(await screen.findByRole('menuitem', { name: 'Unpin' }));
    await waitFor(() => expect(names()).toEqual(['Alice', 'Bob', 'Carol']));
  });

  it('marks read from the keyboard (Shift+F10) and returns focus to the row', async () => {
    const { user, container } = await setup();
    // Past the header's "New conversation" button, into the list.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(row('Alice'));
    expect(within(row('Alice')).getByRole('img', { name: '3 unread messages' })).toBeTruthy();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Pin to top'));
    await expectNoAxeViolations(container);
    // Arrow keys inside the menu move in the menu, not in the list.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Mark as read');
    expect(menu.isConnected).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(session('p2p-alice')?.unread).toBe(0));
    expect(within(row('Alice')).queryByRole('img', { name: /unread/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(row('Alice')));
  });

  it('mutes and unmutes from the ContextMenu key and the "more" button', async () => {
    const { user } = await setup();
    // Past the header's "New conversation" button, into the list.
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{ContextMenu}');
    await user.click(await screen.findByRole('menuitem', { name: 'Mute notifications' }));
    await waitFor(() => expect(session('p2p-bob')?.mute).toBe(true));
    expect(within(row('Bob')).getByRole('img', { name: 'Muted' })).toBeTruthy();

    const more = row('Bob').parentElement?.querySelector<HTMLElement>('[data-part="more-button"]');
    expect(more?.getAttribute('aria-label')).toBe('More actions for Bob');
    if (more) await user.click(more);
    await user.click(await screen.findByRole('menuitem', { name: 'Unmute notifications' }));
    await waitFor(() => expect(session('p2p-bob')?.mute).toBe(false));
  });

  it('deletes after a confirm that can also clear the history; focus moves to the next row', async () => {
    const { user } = await setup();
    // Past the header's "New conversation" button, into the list.
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{Shift>}{F10}{/Shift}');
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    await user.keyboard('{End}{Enter}');
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete the conversation with Bob?',
    });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    await user.keyboard('{Enter}');
    expect(dialog.isConnected).toBe(false);
    expect(names()).toEqual(['Alice', 'Bob', 'Carol']);
    await waitFor(() => expect(document.activeElement).toBe(row('Bob')));

    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(await screen.findByRole('menuitem', { name: 'Delete conversation' }));
    const again = await screen.findByRole('alertdialog');
    await user.click(within(again).getByRole('checkbox', { name: 'Also clear the chat history' }));
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(names()).toEqual(['Alice', 'Carol']));
    // Deleted on the server too: another device of mine does not list it.
    const other = await env?.connectDevice('me');
    expect(other?.store.getState().sessions.order).toEqual(['p2p-alice', 'p2p-carol']);
    await waitFor(() => expect(document.activeElement).toBe(row('Carol')));
  });

  it('tells the user when pinning fails (pin limit), and the message can be dismissed', async () => {
    const { user } = await setup({ maxPins: 1 });
    fireEvent.contextMenu(row('Alice'));
    await user.click(await screen.findByRole('menuitem', { name: 'Pin to top' }));
    await waitFor(() => expect(session('p2p-alice')?.stickTopInfo.isStickOnTop).toBe(true));
    fireEvent.contextMenu(row('Bob'));
    await user.click(await screen.findByRole('menuitem', { name: 'Pin to top' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not pin “Bob”. You have pinned the most conversations allowed; unpin one first.',
    );
    expect(names()).toEqual(['Alice', 'Bob', 'Carol']);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
