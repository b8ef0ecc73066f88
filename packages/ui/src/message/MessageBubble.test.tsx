import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { DateSeparator } from './DateSeparator.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { UnreadDivider } from './UnreadDivider.tsx';

describe('MessageBubble', () => {
  it('aligns mine out and theirs in, names team senders', async () => {
    const { container } = renderWithParley(
      <>
        <MessageBubble me="me" message={textMessage('hello', { from: 'me' })}>
          hello
        </MessageBubble>
        <MessageBubble
          me="me"
          senderName="Bob Li"
          message={textMessage('hey', { from: 'bob', scene: 'team' })}
        >
          hey
        </MessageBubble>
      </>,
    );
    const [out, incoming] = screen.getAllByRole('article');
    expect(out?.getAttribute('data-direction')).toBe('out');
    expect(incoming?.getAttribute('data-direction')).toBe('in');
    expect(incoming?.querySelector('.parley-message-sender')?.textContent).toBe('Bob Li');
    expect(out?.querySelector('.parley-message-sender')).toBeNull();
    expect(incoming?.getAttribute('aria-label')).toMatch(/^Bob Li, /);
    await expectNoAxeViolations(container);
  });

  it('hides avatar and name for grouped follow-ups', () => {
    const { container } = renderWithParley(
      <MessageBubble me="me" grouped message={textMessage('again', { from: 'bob', scene: 'team' })}>
        again
      </MessageBubble>,
    );
    expect(container.querySelector('.parley-avatar')).toBeNull();
    expect(container.querySelector('.parley-message-sender')).toBeNull();
  });

  it('renders tips and recalls as centered system lines', () => {
    renderWithParley(
      <MessageBubble me="me" message={{ ...textMessage('Alice joined'), type: 'tip' }}>
        Alice joined
      </MessageBubble>,
    );
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByText('Alice joined').getAttribute('data-variant')).toBe('system');
  });
});

describe('DateSeparator and UnreadDivider', () => {
  it('label days and unread counts in the locale', () => {
    const now = new Date(2024, 2, 13, 12).getTime();
    renderWithParley(
      <>
        <DateSeparator time={now - 3_600_000} now={now} />
        <DateSeparator time={new Date(2024, 2, 12, 9).getTime()} now={now} />
        <UnreadDivider count={3} />
        <UnreadDivider />
      </>,
      { locale: 'zh-CN' },
    );
    expect(screen.getByText('今天')).toBeTruthy();
    expect(screen.getByText('昨天')).toBeTruthy();
    expect(screen.getByText('3 条新消息')).toBeTruthy();
    expect(screen.getByText('以下为新消息')).toBeTruthy();
  });
});
