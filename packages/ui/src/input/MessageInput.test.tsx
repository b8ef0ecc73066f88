import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { MessageInput } from './MessageInput.tsx';

function Controlled({ onSend, drafts }: { onSend: (text: string) => void; drafts: string[] }) {
  const [draft, setDraft] = useState('saved draft');
  return (
    <MessageInput
      value={draft}
      onChange={(v) => {
        drafts.push(v);
        setDraft(v);
      }}
      onSend={onSend}
    />
  );
}

const textbox = () => screen.getByRole('textbox', { name: 'Message' });

describe('MessageInput', () => {
  it('sends on Enter, breaks lines on Shift+Enter, and clears', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const { container } = renderWithParley(<MessageInput onSend={onSend} />);
    await user.type(textbox(), 'line one{Shift>}{Enter}{/Shift}line two');
    expect(textbox()).toHaveProperty('value', 'line one\nline two');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('line one\nline two');
    expect(textbox()).toHaveProperty('value', '');
    await expectNoAxeViolations(container);
  });

  it('sends with the button and never sends blank text', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    renderWithParley(<MessageInput onSend={onSend} />);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toHaveProperty('disabled', true);
    await user.type(textbox(), '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await user.type(textbox(), ' hi ');
    await user.click(send);
    expect(onSend).toHaveBeenCalledWith('hi');
  });

  it('does not send while an IME is composing', () => {
    const onSend = vi.fn();
    renderWithParley(<MessageInput onSend={onSend} defaultValue="ni hao" />);
    const input = textbox();
    fireEvent.compositionStart(input);
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.compositionEnd(input);
    // Safari: keydown after compositionend, flagged only by keyCode 229.
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('ni hao');
  });

  it('works controlled (drafts live outside)', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const drafts: string[] = [];
    renderWithParley(<Controlled onSend={onSend} drafts={drafts} />);
    expect(textbox()).toHaveProperty('value', 'saved draft');
    await user.type(textbox(), '!{Enter}');
    expect(onSend).toHaveBeenCalledWith('saved draft!');
    expect(drafts.at(-1)).toBe('');
    expect(textbox()).toHaveProperty('value', '');
  });

  it('sends picked and pasted files', async () => {
    const user = userEvent.setup();
    const onSendFiles = vi.fn();
    const { container } = renderWithParley(
      <MessageInput onSend={() => {}} onSendFiles={onSendFiles} />,
    );
    const photo = new File(['png'], 'photo.png', { type: 'image/png' });
    const picker = container.querySelector<HTMLInputElement>('[data-part="image-picker"]');
    expect(picker?.accept).toBe('image/*');
    if (picker) await user.upload(picker, photo);
    expect(onSendFiles).toHaveBeenLastCalledWith([photo]);

    const doc = new File(['pdf'], 'doc.pdf', { type: 'application/pdf' });
    fireEvent.paste(textbox(), { clipboardData: { files: [doc], types: ['Files'] } });
    expect(onSendFiles).toHaveBeenLastCalledWith([doc]);
    expect(screen.getByRole('button', { name: 'Attach a file' })).toBeTruthy();
  });

  it('is disabled with an announced reason', async () => {
    const onSend = vi.fn();
    const { container } = renderWithParley(
      <MessageInput
        onSend={onSend}
        onSendFiles={() => {}}
        disabled
        disabledReason="You are offline."
        defaultValue="hi"
      />,
    );
    expect(textbox()).toHaveProperty('disabled', true);
    expect(screen.getByRole('status').textContent).toBe('You are offline.');
    expect(textbox().getAttribute('aria-describedby')).toContain(screen.getByRole('status').id);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Attach a file' })).toHaveProperty('disabled', true);
    await expectNoAxeViolations(container);
  });

  it('counts down near the text limit, says when it is passed and will not send above it', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const { container } = renderWithParley(
      <MessageInput onSend={onSend} maxLength={100} defaultValue={'x'.repeat(80)} />,
    );
    const limit = () => container.querySelector('[data-part="input-limit"]');
    const announced = () => container.querySelector('[data-part="input-limit-announce"]');
    expect(limit()).toBeNull();
    await user.type(textbox(), 'y'.repeat(15));
    expect(limit()?.textContent).toBe('5 characters left');
    expect(limit()?.getAttribute('data-state')).toBe('near');
    expect(textbox().getAttribute('aria-describedby')).toContain(limit()?.id);
    expect(announced()?.textContent).toBe('10 characters left');
    await user.type(textbox(), 'z'.repeat(7));
    expect(limit()?.textContent).toBe('2 characters too many to send');
    expect(announced()?.textContent).toBe('1 character too many to send');
    expect(textbox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    await user.keyboard('{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(textbox()).toHaveProperty('value', `${'x'.repeat(80)}${'y'.repeat(15)}${'z'.repeat(7)}`);
    await expectNoAxeViolations(container);
    await user.keyboard('{Backspace}{Backspace}{Enter}');
    expect(onSend).toHaveBeenCalledWith(`${'x'.repeat(80)}${'y'.repeat(15)}zzzzz`);
    expect(limit()).toBeNull();
  });

  it('says it in Chinese too', async () => {
    const user = userEvent.setup();
    const { container } = renderWithParley(
      <MessageInput onSend={() => {}} maxLength={10} defaultValue="你好你好你好你好你" />,
      { locale: 'zh-CN' },
    );
    const limit = () => container.querySelector('[data-part="input-limit"]');
    expect(limit()?.textContent).toBe('还可输入 1 个字符');
    await user.type(screen.getByRole('textbox'), '好好');
    expect(limit()?.textContent).toBe('超出 1 个字符，无法发送');
  });
});
