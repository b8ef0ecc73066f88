import type { Session } from '@parley/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { isolate } from '../i18n/isolate.ts';
import { expectNoAxeViolations } from '../test/axe.ts';
import { fileMessage, getName, NOW, session, textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { SessionRow } from './SessionRow.tsx';

const Listbox = ({ children }: { children: ReactNode }) => (
  <div role="listbox" aria-label="Conversations">
    {children}
  </div>
);

function row(s: Session, extra: Partial<Parameters<typeof SessionRow>[0]> = {}) {
  return (
    <SessionRow session={s} name="Alice Chen" me="me" getName={getName} now={NOW} {...extra} />
  );
}

const preview = (container: HTMLElement) => container.querySelector('.parley-session-preview');

describe('SessionRow', () => {
  it('shows name, preview, time, unread and is a selectable option', async () => {
    const onSelect = vi.fn();
    const { container } = renderWithParley(
      <Listbox>{row(session({ unread: 120 }), { selected: true, onSelect })}</Listbox>,
    );
    const option = screen.getByRole('option', { name: /Alice Chen/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(option.textContent).toContain('See you at 5?');
    expect(screen.getByRole('img', { name: '120 unread messages' }).textContent).toBe('99+');
    expect(container.querySelector('.parley-session-time')?.textContent).not.toBe('');
    await userEvent.click(option);
    expect(onSelect).toHaveBeenCalledWith('p2p-alice');
    option.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
    await expectNoAxeViolations(container);
  });

  it('puts the draft first, marked', () => {
    const { container } = renderWithParley(
      <Listbox>{row(session({ draft: 'half a thought' }))}</Listbox>,
    );
    expect(preview(container)?.getAttribute('data-state')).toBe('draft');
    expect(preview(container)?.textContent).toBe('[Draft] half a thought');
  });

  it('previews by type, recall, sending and failure', () => {
    const cases: Array<[Partial<Session>, string, string]> = [
      [{ lastMsg: fileMessage() }, 'message', `[File] ${isolate('q3-report.pdf')}`],
      [
        { lastMsg: textMessage('', { recall: { by: 'alice', time: 1 } }) },
        'recalled',
        `${isolate('Alice Chen')} recalled a message`,
      ],
      [
        { lastMsg: textMessage('', { from: 'me', recall: { by: 'me', time: 1 } }) },
        'recalled',
        'You recalled a message',
      ],
      [
        { lastMsg: textMessage('on my way', { from: 'me', status: 'sending' }) },
        'sending',
        'on my way',
      ],
      [{ lastMsg: textMessage('lost', { from: 'me', status: 'sendFailed' }) }, 'failed', 'lost'],
      [{ lastMsg: null }, 'empty', 'No messages yet'],
      [
        {
          scene: 'team',
          id: 'team-1',
          to: '1',
          lastMsg: textMessage('lunch?', { from: 'bob', scene: 'team' }),
        },
        'message',
        `${isolate('Bob Li')}: ${isolate('lunch?')}`,
      ],
    ];
    for (const [overrides, kind, text] of cases) {
      const { container, unmount } = renderWithParley(<Listbox>{row(session(overrides))}</Listbox>);
      expect(preview(container)?.getAttribute('data-state')).toBe(kind);
      expect(preview(container)?.textContent).toContain(text);
      unmount();
    }
    renderWithParley(
      <Listbox>
        {row(session({ lastMsg: textMessage('x', { from: 'me', status: 'sendFailed' }) }))}
      </Listbox>,
    );
    expect(screen.getByRole('img', { name: 'Not sent' })).toBeTruthy();
  });

  it('shows words and names written in the other direction the right way round', () => {
    const hebrew = (name: string) => (name === 'dana' ? 'דנה כהן' : getName(name));
    const text = (container: HTMLElement) =>
      preview(container)?.querySelector<HTMLElement>(':scope > span:last-child');
    // A message on its own takes its own direction, whatever the UI's.
    const p2p = renderWithParley(
      <Listbox>{row(session({ lastMsg: textMessage('مرحبا بك', { from: 'alice' }) }))}</Listbox>,
    );
    expect(text(p2p.container)?.getAttribute('dir')).toBe('auto');
    expect(text(p2p.container)?.textContent).toBe('مرحبا بك');
    p2p.unmount();
    // A Hebrew sender in an English team preview: the sentence keeps the UI's direction and
    // the name and the text each run their own way inside it.
    const team = renderWithParley(
      <Listbox>
        {row(
          session({
            scene: 'team',
            id: 'team-1',
            to: '1',
            lastMsg: textMessage('lunch?', { from: 'dana', scene: 'team' }),
          }),
          { getName: hebrew },
        )}
      </Listbox>,
    );
    expect(text(team.container)?.hasAttribute('dir')).toBe(false);
    expect(text(team.container)?.textContent).toBe(`${isolate('דנה כהן')}: ${isolate('lunch?')}`);
    team.unmount();
    // And an English name in an Arabic recall notice.
    const recall = renderWithParley(
      <Listbox>
        {row(session({ lastMsg: textMessage('', { recall: { by: 'alice', time: 1 } }) }))}
      </Listbox>,
      { locale: 'ar' },
    );
    expect(text(recall.container)?.hasAttribute('dir')).toBe(false);
    expect(text(recall.container)?.textContent).toContain(isolate('Alice Chen'));
  });

  it('marks pinned and muted sessions (muted unread as a dot)', () => {
    renderWithParley(
      <Listbox>
        {row(
          session({
            mute: true,
            unread: 3,
            stickTopInfo: { isStickOnTop: true, createTime: 1, updateTime: 1, ext: '' },
          }),
        )}
      </Listbox>,
    );
    expect(screen.getByRole('img', { name: 'Pinned' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Muted' })).toBeTruthy();
    const badge = screen.getByRole('img', { name: '3 unread messages' });
    expect(badge.getAttribute('data-state')).toBe('muted');
    expect(screen.getByRole('option').textContent).toContain('[3 messages]');
  });

  it('renders in Chinese', () => {
    renderWithParley(<Listbox>{row(session({ draft: '草稿内容' }))}</Listbox>, { locale: 'zh-CN' });
    expect(screen.getByRole('option').textContent).toContain('[草稿] 草稿内容');
  });

  it('keeps a hostile or huge name and preview as text', () => {
    const huge = 'x'.repeat(100_000);
    const { container } = renderWithParley(
      <Listbox>
        {row(session({ lastMsg: textMessage(`<img src=x onerror=alert(1)>${huge}`) }), {
          name: '<script>alert(1)</script>',
        })}
      </Listbox>,
    );
    expect(container.querySelector('script, img[src="x"]')).toBeNull();
    expect(container.querySelector('.parley-session-name')?.textContent).toBe(
      '<script>alert(1)</script>',
    );
    expect((preview(container)?.textContent ?? '').length).toBeLessThan(400);
  });
});
