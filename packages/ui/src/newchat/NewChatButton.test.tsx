import { ChatError } from '@parley/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionList } from '../session/SessionList.tsx';
import { expectNoAxeViolations } from '../test/axe.ts';
import { type LocalListOptions, openLocalList, TEST_RECT } from '../test/localList.tsx';

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** `me` talks with Alice; Sam, Samantha and Bob are on the server; me is in "Sam's crew". */
async function openDirectory(options: LocalListOptions = {}) {
  env = await openLocalList({ peers: [{ account: 'alice', nick: 'Alice' }], ...options });
  await env.server.putUser({ account: 'sam', nick: 'Sam Lee' });
  await env.server.putUser({ account: 'samantha', nick: 'Samantha Ng' });
  await env.server.putUser({ account: 'bob', nick: 'Bob Stone' });
  // Imported, so no team notification has made a session of it yet.
  const joined = { role: 'normal' as const, joinTime: 1 };
  await env.server.importBulk({
    teams: [
      {
        team: { teamId: 'crew', scene: 'team', name: "Sam's crew", owner: 'sam', memberCount: 2 },
        members: [
          { account: 'sam', ...joined, role: 'owner' },
          { account: 'me', ...joined },
        ],
      },
    ],
  });
  return env;
}

const search = () => screen.getByRole('combobox', { name: 'Name or account' });
const rows = () => screen.getAllByRole('option').map((o) => o.textContent);
const listed = () =>
  within(screen.getByRole('listbox', { name: /^(Conversations|会话列表)$/ }))
    .getAllByRole('option')
    .map((o) => o.querySelector('[data-part="session-name"]')?.textContent);

describe('New conversation', { timeout: 20_000 }, () => {
  it('finds people and teams from the list header and opens the picked one by keyboard', async () => {
    const { render } = await openDirectory();
    const onSelect = vi.fn();
    const onStartChat = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <SessionList initialRect={TEST_RECT} onSelect={onSelect} onStartChat={onStartChat} />,
    );
    await waitFor(() => expect(listed()).toEqual(['Alice']));
    const button = screen.getByRole('button', { name: 'New conversation' });
    await user.click(button);
    await screen.findByRole('dialog', { name: 'New conversation' });
    await waitFor(() => expect(document.activeElement).toBe(search()));

    await user.keyboard('sam');
    const results = await screen.findByRole('listbox', { name: 'People and teams' });
    await waitFor(() => expect(within(results).getAllByRole('option')).toHaveLength(3));
    expect(within(results).getByRole('group', { name: 'People' }).textContent).toContain('Sam Lee');
    expect(within(results).getByRole('group', { name: 'Teams' }).textContent).toContain(
      "Sam's crew",
    );
    expect(search().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('3 results');
    // The first result is active; arrows move through people, then teams.
    const active = () =>
      document.getElementById(search().getAttribute('aria-activedescendant') ?? '');
    expect(active()?.textContent).toContain('Sam Lee');
    await user.keyboard('{ArrowDown}');
    expect(active()?.textContent).toContain('Samantha Ng');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(active()?.textContent).toContain("Sam's crew");
    await expectNoAxeViolations(container.ownerDocument.body);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onSelect).toHaveBeenLastCalledWith('team-crew');
    expect(onStartChat).toHaveBeenLastCalledWith('team-crew');
    await waitFor(() => expect(listed()).toEqual(["Sam's crew", 'Alice']));
    const row = screen.getByRole('option', { name: /Sam's crew/ });
    expect(row.getAttribute('aria-selected')).toBe('true');
    // No one took the focus for the new chat: it is back on the button.
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('opens an existing conversation instead of a second one, picked by pointer', async () => {
    const { render, chat } = await openDirectory();
    const user = userEvent.setup();
    render(<SessionList initialRect={TEST_RECT} />);
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    await user.type(await screen.findByRole('combobox'), 'ali');
    await user.click(await screen.findByRole('option', { name: /Alice/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(chat.store.getState().sessions.order).toEqual(['p2p-alice']);
  });

  it('says when no one matches, and Escape closes it back to the button', async () => {
    const { render } = await openDirectory();
    const user = userEvent.setup();
    render(<SessionList initialRect={TEST_RECT} />);
    const button = await screen.findByRole('button', { name: 'New conversation' });
    await user.click(button);
    await user.type(await screen.findByRole('combobox'), 'zz');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toBe('No one found for “zz”'),
    );
    expect(search().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('shows a failed search with its code and searches again on Retry', async () => {
    let failing = true;
    const { render } = await openDirectory({
      patch: (adapter) => {
        const real = adapter.searchDirectory;
        adapter.searchDirectory = (query) =>
          failing || !real
            ? Promise.reject(new ChatError('TIMEOUT', 'The directory did not answer'))
            : real(query);
      },
    });
    const user = userEvent.setup();
    render(<SessionList initialRect={TEST_RECT} />);
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    await user.type(await screen.findByRole('combobox'), 'bob');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Search failed (TIMEOUT)');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('option', { name: /Bob Stone/ });
  });

  it('without a directory, offers the typed account as unchecked, never as a person', async () => {
    const { render, chat } = await openDirectory({
      patch: (adapter) => {
        delete adapter.searchDirectory;
      },
    });
    const user = userEvent.setup();
    render(<SessionList initialRect={TEST_RECT} />);
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    const field = await screen.findByRole('combobox', { name: 'Account' });
    expect(screen.getByText(/cannot search for people/)).toBeTruthy();
    await user.type(field, 'sam');
    await waitFor(() => expect(rows()).toEqual(['Start a chat with “sam”Account not checked']));
    expect(screen.queryByRole('group')).toBeNull();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chat.store.getState().sessions.order[0]).toBe('p2p-sam'));
  });

  it('is offered by the empty list, in Chinese too', async () => {
    env = await openLocalList();
    await env.server.putUser({ account: 'sam', nick: 'Sam Lee' });
    const user = userEvent.setup();
    env.render(<SessionList initialRect={TEST_RECT} />, { locale: 'zh-CN' });
    const empty = await screen.findByText('暂无会话');
    const start = within(empty.parentElement as HTMLElement).getByRole('button', {
      name: '发起会话',
    });
    await user.click(start);
    await user.type(await screen.findByRole('combobox', { name: '姓名或账号' }), 'sam');
    await user.click(await screen.findByRole('option', { name: /Sam Lee/ }));
    await waitFor(() => expect(listed()).toEqual(['Sam Lee']));
  });

  it('can be left out', async () => {
    const { render } = await openDirectory();
    render(<SessionList initialRect={TEST_RECT} newChat={false} />);
    await waitFor(() => expect(listed()).toEqual(['Alice']));
    expect(screen.queryByRole('button', { name: 'New conversation' })).toBeNull();
  });
});
