import { ChatError } from '@parley/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { openLocalList, type PeerSpec, TEST_RECT } from '../test/localList.tsx';
import { SessionList } from './SessionList.tsx';

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const PEERS: PeerSpec[] = [
  { account: 'alice', nick: 'Alice', messages: ['see you', 'at noon'] },
  { account: 'bob', nick: 'Bob' },
  { account: 'carol', nick: 'Carol' },
  { account: 'dave', nick: 'Dave' },
];

const names = () =>
  screen
    .getAllByRole('option')
    .map((o) => o.querySelector('[data-part="session-name"]')?.textContent);

describe('SessionList', { timeout: 20_000 }, () => {
  it('lists conversations newest first with names, previews and unread, accessibly', async () => {
    env = await openLocalList({ peers: PEERS });
    const { container } = env.render(<SessionList initialRect={TEST_RECT} />);
    const listbox = await screen.findByRole('listbox', { name: 'Conversations' });
    await waitFor(() => expect(names()).toEqual(['Alice', 'Bob', 'Carol', 'Dave']));
    const alice = within(listbox).getAllByRole('option')[0];
    expect(alice?.textContent).toContain('at noon');
    expect(alice?.textContent).toContain('2');
    expect(alice?.getAttribute('aria-posinset')).toBe('1');
    expect(alice?.getAttribute('aria-setsize')).toBe('4');
    await expectNoAxeViolations(container);
  });

  it('selects by click, Enter and Space, and reflects a controlled selection', async () => {
    env = await openLocalList({ peers: PEERS });
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const view = env.render(<SessionList initialRect={TEST_RECT} onSelect={onSelect} />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    await user.click(screen.getByRole('option', { name: /Bob/ }));
    expect(onSelect).toHaveBeenLastCalledWith('p2p-bob');
    expect(screen.getByRole('option', { name: /Bob/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('p2p-carol');
    await user.keyboard('{ArrowDown} ');
    expect(onSelect).toHaveBeenLastCalledWith('p2p-dave');

    view.rerender(
      <SessionList initialRect={TEST_RECT} selectedId="p2p-alice" onSelect={onSelect} />,
    );
    expect(screen.getByRole('option', { name: /Alice/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('option', { name: /Dave/ }).getAttribute('aria-selected')).toBe(
      'false',
    );
  });

  it('moves focus with arrows, Home/End, PageUp/PageDown and typeahead (one tab stop)', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      account: `u${i}`,
      nick: i === 42 ? 'Zed' : `User ${String(i).padStart(2, '0')}`,
    }));
    env = await openLocalList({ peers: many });
    const user = userEvent.setup();
    env.render(<SessionList initialRect={{ width: 360, height: 320 }} />);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(5));
    const tabbable = () => screen.getAllByRole('option').filter((o) => o.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);

    // Past the header's "New conversation" button, into the list.

    await user.tab();

    await user.tab();
    const focusedName = () =>
      document.activeElement?.querySelector('[data-part="session-name"]')?.textContent;
    expect(focusedName()).toBe('User 00');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('User 02');
    await user.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('User 01');
    // 320 px at 64 px a row: five rows a page.
    await user.keyboard('{PageDown}');
    expect(focusedName()).toBe('User 06');
    await user.keyboard('{PageUp}');
    expect(focusedName()).toBe('User 01');
    // The last row is far outside the first window: it is rendered and focused.
    await user.keyboard('{End}');
    expect(focusedName()).toBe('User 59');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('60');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('User 00');
    await user.keyboard('z');
    expect(focusedName()).toBe('Zed');
    expect(tabbable()).toHaveLength(1);
  });

  it('loads the next page when scrolled near the end', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ account: `u${i}`, nick: `User ${i}` }));
    env = await openLocalList({ peers: many, sessionPageSize: 10 });
    env.render(<SessionList initialRect={{ width: 360, height: 320 }} loadMoreThreshold={2} />);
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(env?.chat.store.getState().sessions.order).toHaveLength(10));
    expect(listbox.querySelector('[aria-setsize="-1"]')).not.toBeNull();
    // Scroll to the bottom of the first page.
    Object.defineProperty(listbox, 'scrollTop', { configurable: true, value: 10 * 64 - 320 });
    fireEvent.scroll(listbox);
    await waitFor(() => expect(env?.chat.store.getState().sessions.order).toHaveLength(20));
    Object.defineProperty(listbox, 'scrollTop', { configurable: true, value: 20 * 64 - 320 });
    fireEvent.scroll(listbox);
    await waitFor(() => expect(env?.chat.store.getState().sessions.hasMore).toBe(false));
    await waitFor(() =>
      expect(listbox.querySelector('[role="option"]')?.getAttribute('aria-setsize')).toBe('30'),
    );
  });

  it('shows an empty state once connected with no conversations', async () => {
    env = await openLocalList();
    env.render(<SessionList initialRect={TEST_RECT} />);
    expect(await screen.findByText('No conversations yet')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('filters by query and says when nothing matches', async () => {
    env = await openLocalList({ peers: PEERS });
    const user = userEvent.setup();
    env.render(<SessionList initialRect={TEST_RECT} searchable />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    await user.type(screen.getByRole('searchbox', { name: 'Search conversations' }), 'car');
    expect(names()).toEqual(['Carol']);
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('No conversations match “carzzz”')).toBeTruthy();
  });

  it('shows a loading state while connecting', async () => {
    env = await openLocalList({ peers: PEERS, connect: false });
    const { container } = env.render(<SessionList initialRect={TEST_RECT} />);
    expect(screen.getByRole('status', { name: 'Loading conversations…' })).toBeTruthy();
    await expectNoAxeViolations(container);
    await act(() => env?.chat.connect());
    expect(await screen.findByRole('listbox')).toBeTruthy();
  });

  it('shows a connection error with a retry', async () => {
    let fail = true;
    env = await openLocalList({
      peers: PEERS,
      patch: (adapter) => {
        const connect = adapter.connect.bind(adapter);
        adapter.connect = () =>
          fail ? Promise.reject(new ChatError('AUTH_FAILED', 'denied')) : connect();
      },
    });
    const user = userEvent.setup();
    env.render(<SessionList initialRect={TEST_RECT} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not connect');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
  });

  it('shows a list error with a retry that loads the page', async () => {
    let fail = true;
    env = await openLocalList({
      peers: PEERS,
      patch: (adapter) => {
        const getSessions = adapter.getSessions.bind(adapter);
        adapter.getSessions = (query) =>
          fail ? Promise.reject(new ChatError('TIMEOUT', 'slow')) : getSessions(query);
      },
    });
    const user = userEvent.setup();
    env.render(<SessionList initialRect={TEST_RECT} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load conversations');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
  });

  it('speaks the active locale', async () => {
    env = await openLocalList();
    env.render(<SessionList initialRect={TEST_RECT} showHeader />, { locale: 'zh-CN' });
    expect(await screen.findByText('暂无会话')).toBeTruthy();
    expect(screen.getByText('消息')).toBeTruthy();
  });
});
