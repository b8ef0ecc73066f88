import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnreadBadge } from '../badge/UnreadBadge.tsx';
import { SessionList } from '../session/SessionList.tsx';
import { expectNoAxeViolations } from '../test/axe.ts';
import { openLocalList, TEST_RECT } from '../test/localList.tsx';
import { renderWithParley } from '../test/renderWithParley.tsx';

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('the kit in a lazily loaded locale', { timeout: 20_000 }, () => {
  it('shows English first, then Japanese once its strings arrive', async () => {
    env = await openLocalList({ peers: [{ account: 'alice', nick: 'Alice' }] });
    const { container } = env.render(
      <SessionList initialRect={TEST_RECT} showHeader searchable />,
      { locale: 'ja' },
    );
    expect(screen.getByRole('listbox', { name: 'Conversations' })).toBeTruthy();
    expect(await screen.findByRole('listbox', { name: 'トーク' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'トークを検索' })).toBeTruthy();
    expect(await screen.findByRole('option', { name: /Alice/ })).toBeTruthy();
    expect(screen.queryByText('Chats')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('counts in Arabic with its dual', async () => {
    renderWithParley(<UnreadBadge count={2} />, { locale: 'ar' });
    expect(await screen.findByRole('img', { name: 'رسالتان غير مقروءتين' })).toBeTruthy();
  });

  it('stays in English for a locale Parley does not ship', () => {
    renderWithParley(<UnreadBadge count={2} />, { locale: 'tlh' });
    expect(screen.getByRole('img', { name: '2 unread messages' })).toBeTruthy();
  });
});
