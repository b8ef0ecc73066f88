import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComposerQuote } from '../reply/ComposerQuote.tsx';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { MessageInput } from './MessageInput.tsx';

const textbox = () => screen.getByRole('textbox', { name: 'Message' });
/** What a screen reader hears after the name: the texts `aria-describedby` points at. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('MessageInput with a reply or an edit', () => {
  it('shows the quote, tells how to cancel, and cancels on Escape or the × button', async () => {
    const onCancel = vi.fn();
    const user = userEvent.setup();
    const { container } = renderWithParley(
      <MessageInput
        onSend={() => {}}
        onSendFiles={() => {}}
        onCancel={onCancel}
        quote={
          <ComposerQuote kind="reply" senderName="Alice" preview="hi there" onCancel={onCancel} />
        }
      />,
    );
    expect(screen.getByText('Replying to Alice')).toBeTruthy();
    expect(description(textbox())).toBe(
      'Enter to send, Shift+Enter for a new line Escape cancels the reply',
    );
    await user.click(textbox());
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel reply' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    await expectNoAxeViolations(container);
  });

  it('edits: Enter saves, the button says Save, and there is nothing to attach', async () => {
    const onSend = vi.fn();
    const user = userEvent.setup();
    renderWithParley(
      <MessageInput
        editing
        defaultValue="teh typo"
        onSend={onSend}
        onSendFiles={() => {}}
        quote={<ComposerQuote kind="edit" preview="teh typo" onCancel={() => {}} />}
      />,
    );
    expect(screen.getByText('Editing your message')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Attach a file' })).toBeNull();
    expect(description(textbox())).toBe('Enter to save, Escape to cancel');
    await user.clear(textbox());
    await user.type(textbox(), 'the fix{Enter}');
    expect(onSend).toHaveBeenCalledWith('the fix');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('asks to edit my last message on Arrow Up, only when the input is empty', async () => {
    const onEditLast = vi.fn();
    const user = userEvent.setup();
    renderWithParley(<MessageInput onSend={() => {}} onEditLast={onEditLast} />);
    await user.click(textbox());
    await user.keyboard('{ArrowUp}');
    expect(onEditLast).toHaveBeenCalledTimes(1);
    await user.type(textbox(), 'draft');
    await user.keyboard('{ArrowUp}{Shift>}{ArrowUp}{/Shift}');
    expect(onEditLast).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape alone when there is nothing to cancel', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    renderWithParley(
      // biome-ignore lint/a11y/noStaticElementInteractions: observes the key bubbling out
      <div onKeyDown={(event) => onKeyDown(event.defaultPrevented)}>
        <MessageInput onSend={() => {}} />
      </div>,
    );
    await user.click(textbox());
    await user.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledWith(false);
  });
});
