import type { Message } from '@parley/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isolate } from '../../i18n/isolate.ts';
import { expectNoAxeViolations } from '../../test/axe.ts';
import {
  audioMessage,
  fileMessage,
  geoMessage,
  getName,
  imageMessage,
  textMessage,
  videoMessage,
} from '../../test/fixtures.ts';
import { renderWithParley } from '../../test/renderWithParley.tsx';
import { createMessageRenderers } from './createMessageRenderers.ts';
import { MessageContent } from './MessageContent.tsx';
import type { CustomRendererProps } from './MessageRenderers.ts';

const ctx = { me: 'me', getName };

function Poll({ data }: CustomRendererProps) {
  return <p>Poll: {JSON.stringify(data)}</p>;
}

function Broken(): never {
  throw new Error('boom');
}

/** A message as a careless backend might send it. */
function loose(fields: Record<string, unknown>): Message {
  return { ...textMessage(''), ...fields } as Message;
}

describe('MessageContent', () => {
  it('renders every built-in type accessibly', async () => {
    const { container } = renderWithParley(
      <>
        <MessageContent {...ctx} message={textMessage('hi https://example.com')} />
        <MessageContent {...ctx} message={imageMessage()} />
        <MessageContent {...ctx} message={audioMessage()} />
        <MessageContent {...ctx} message={videoMessage()} />
        <MessageContent {...ctx} message={fileMessage()} />
        <MessageContent {...ctx} message={geoMessage()} />
      </>,
    );
    expect(await screen.findByRole('link', { name: 'https://example.com' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Image harbour.jpg' })).toBeTruthy();
    expect(screen.getByText('0:12')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download q3-report.pdf' })).toBeTruthy();
    expect(screen.getByText('2.5 MB')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Open The Bund, Shanghai in a map' }).getAttribute('href'),
    ).toContain('openstreetmap.org');
    await expectNoAxeViolations(container);
  });

  it('phrases team notifications in the locale', () => {
    const message = loose({
      type: 'notification',
      scene: 'team',
      from: 'alice',
      attach: { kind: 'addMembers', accounts: ['bob', 'carol'] },
    });
    const { unmount } = renderWithParley(<MessageContent {...ctx} message={message} />);
    const [alice, bob, carol] = ['Alice Chen', 'Bob Li', 'Carol Wang'].map(isolate);
    expect(screen.getByText(`${alice} added ${bob} and ${carol} to the group`)).toBeTruthy();
    unmount();
    renderWithParley(<MessageContent {...ctx} message={message} />, { locale: 'zh-CN' });
    expect(screen.getByText(`${alice} 邀请 ${bob}和${carol} 加入群聊`)).toBeTruthy();
  });

  it('falls back safely on unknown types and malformed attachments', () => {
    renderWithParley(
      <>
        <MessageContent {...ctx} message={loose({ type: 'hologram', body: 'beam me up' })} />
        <MessageContent {...ctx} message={loose({ type: 'image', attach: { url: 5 } })} />
        <MessageContent {...ctx} message={loose({ type: 'file', attach: null })} />
        <MessageContent
          {...ctx}
          message={loose({ type: 'geo', attach: { lat: 999, lng: 0, title: '' } })}
        />
        <MessageContent
          {...ctx}
          message={loose({ type: 'notification', attach: { kind: 'x', accounts: [] } })}
        />
      </>,
    );
    expect(screen.getByText('This message cannot be shown in this version.')).toBeTruthy();
    expect(screen.getByText('beam me up')).toBeTruthy();
    expect(screen.getAllByText('This message could not be displayed.')).toHaveLength(4);
  });

  it('renders custom kinds from the registry and a neutral default otherwise', () => {
    const renderers = createMessageRenderers({ customKinds: { poll: Poll } });
    const poll = loose({ type: 'custom', attach: { kind: 'poll', data: { q: 'Lunch?' } } });
    const other = loose({ type: 'custom', body: '', attach: { kind: 'sticker', data: null } });
    renderWithParley(
      <>
        <MessageContent {...ctx} renderers={renderers} message={poll} />
        <MessageContent {...ctx} renderers={renderers} message={other} />
      </>,
    );
    expect(screen.getByText('Poll: {"q":"Lunch?"}')).toBeTruthy();
    expect(screen.getByText('[Message]')).toBeTruthy();
  });

  it('contains a renderer that throws', () => {
    const onRenderError = vi.fn();
    const renderers = createMessageRenderers({ text: Broken });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithParley(
      <MessageContent
        {...ctx}
        renderers={renderers}
        message={textMessage('x')}
        onRenderError={onRenderError}
      />,
    );
    expect(screen.getByText('This message could not be displayed.')).toBeTruthy();
    expect(onRenderError).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });

  it('shows recalls, with Re-edit for my own recalled text', async () => {
    const onReEdit = vi.fn();
    const mine = textMessage('', {
      from: 'me',
      recall: { by: 'me', time: 1, original: { type: 'text', body: 'oops typo' } },
    });
    const theirs = textMessage('', { recall: { by: 'alice', time: 1 } });
    renderWithParley(
      <>
        <MessageContent {...ctx} message={mine} onReEdit={onReEdit} />
        <MessageContent {...ctx} message={theirs} onReEdit={onReEdit} />
      </>,
    );
    expect(screen.getByText(`${isolate('Alice Chen')} recalled a message`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Re-edit' }));
    expect(onReEdit).toHaveBeenCalledWith(mine, 'oops typo');
    expect(screen.getAllByRole('button', { name: 'Re-edit' })).toHaveLength(1);
  });

  it('shows upload progress and cancels file uploads', async () => {
    const onCancelUpload = vi.fn();
    const uploading = fileMessage({ from: 'me', status: 'sending', progress: 0.42 });
    const { container } = renderWithParley(
      <MessageContent {...ctx} message={uploading} onCancelUpload={onCancelUpload} />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload of q3-report.pdf' }));
    expect(onCancelUpload).toHaveBeenCalledWith(uploading);
    await expectNoAxeViolations(container);
  });

  it('overlays progress on an uploading image and opens sent images', async () => {
    const onOpenImage = vi.fn();
    const sent = imageMessage();
    renderWithParley(
      <>
        <MessageContent {...ctx} message={imageMessage({ status: 'sending', progress: 0.5 })} />
        <MessageContent {...ctx} message={sent} onOpenImage={onOpenImage} />
      </>,
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    await userEvent.click(screen.getByRole('button', { name: 'Open image harbour.jpg' }));
    expect(onOpenImage).toHaveBeenCalledWith(sent);
  });

  it('never uses javascript: or data:text URLs from attachments', () => {
    const evil = fileMessage();
    const image = imageMessage();
    const file = { name: 'x.pdf', size: 1, mime: 'application/pdf' };
    const { container } = renderWithParley(
      <>
        <MessageContent
          {...ctx}
          message={{ ...evil, attach: { ...file, url: 'javascript:alert(1)' } }}
        />
        <MessageContent
          {...ctx}
          message={{
            ...image,
            attach: { ...file, width: 1, height: 1, url: 'data:text/html,<script>1</script>' },
          }}
        />
      </>,
    );
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('img[src^="data:text"]')).toBeNull();
    expect(screen.getByRole('img', { name: 'Image unavailable' })).toBeTruthy();
  });
});
