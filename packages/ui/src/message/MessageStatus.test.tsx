import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { textMessage } from '../test/fixtures.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { MessageStatus } from './MessageStatus.tsx';

const mine = { from: 'me', to: 'alice' };

describe('MessageStatus', () => {
  it('shows a spinner while sending', () => {
    renderWithParley(<MessageStatus message={textMessage('x', { ...mine, status: 'sending' })} />);
    expect(screen.getByRole('status', { name: 'Sending' })).toBeTruthy();
  });

  it('offers Resend on failure', async () => {
    const onResend = vi.fn();
    const failed = textMessage('x', {
      ...mine,
      status: 'sendFailed',
      error: { code: 'TIMEOUT', message: 'Timed out' },
    });
    const { container } = renderWithParley(<MessageStatus message={failed} onResend={onResend} />);
    expect(screen.getByText('Not sent')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Resend' }));
    expect(onResend).toHaveBeenCalledWith(failed);
    await expectNoAxeViolations(container);
  });

  it('shows p2p read state from the session receipt', () => {
    renderWithParley(
      <>
        <MessageStatus message={textMessage('a', { ...mine, status: 'sent' })} peerRead />
        <MessageStatus message={textMessage('b', { ...mine, status: 'sent' })} peerRead={false} />
      </>,
    );
    expect(screen.getByText('Read')).toBeTruthy();
    expect(screen.getByText('Unread')).toBeTruthy();
  });

  it('shows team receipt counts', () => {
    const team = textMessage('x', {
      ...mine,
      scene: 'team',
      status: 'sent',
      teamReceipt: { read: 4, unread: 0 },
    });
    renderWithParley(<MessageStatus message={team} />);
    expect(screen.getByText('All read')).toBeTruthy();
  });
});
