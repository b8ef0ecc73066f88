import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { fileMessage, imageMessage, replyRefTo, textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { ReplyQuote } from './ReplyQuote.tsx';

const original = textMessage('Are we\non for five?', { from: 'alice' });

describe('ReplyQuote', () => {
  it('shows the sender and a one-line preview, and jumps on click and on Enter', async () => {
    const onJump = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithParley(
      <ReplyQuote reply={replyRefTo(original)} senderName="Alice Chen" onJump={onJump} />,
    );
    const quote = screen.getByRole('button', {
      name: 'In reply to Alice Chen: Are we on for five?',
    });
    expect(quote?.textContent).toContain('Alice ChenAre we on for five?');
    await user.click(quote);
    expect(onJump).toHaveBeenCalledTimes(1);
    quote.focus();
    await user.keyboard('{Enter}');
    expect(onJump).toHaveBeenCalledTimes(2);
    await expectNoAxeViolations(container);
  });

  it('previews other types by type, in the reader’s language', () => {
    const { unmount } = renderWithParley(<ReplyQuote reply={replyRefTo(imageMessage())} />);
    expect(screen.getByRole('note')?.textContent).toContain('alice[Image]');
    unmount();
    renderWithParley(<ReplyQuote reply={{ ...replyRefTo(fileMessage()), body: 'q3.pdf' }} />, {
      locale: 'zh-CN',
    });
    expect(screen.getByRole('note')?.textContent).toContain('[文件] q3.pdf');
  });

  it('says when the original was recalled or deleted; a deleted one cannot be jumped to', () => {
    const onJump = vi.fn();
    const { rerender } = renderWithParley(
      <ReplyQuote reply={replyRefTo(original)} state="recalled" onJump={onJump} />,
    );
    expect(screen.getByRole('button')?.textContent).toContain('The original message was recalled');
    expect(screen.getByRole('button')?.textContent).not.toContain('five');
    rerender(<ReplyQuote reply={replyRefTo(original)} state="deleted" onJump={onJump} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('note')?.textContent).toContain('The original message was deleted');
  });

  it('renders quoted text as text', () => {
    renderWithParley(
      <ReplyQuote reply={replyRefTo(textMessage('<img src=x onerror=alert(1)>'))} />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('note')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
