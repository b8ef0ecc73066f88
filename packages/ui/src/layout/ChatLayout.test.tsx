import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { openLocalList, type PeerSpec, TEST_RECT } from '../test/localList.tsx';
import { ChatLayout, type PaneOptions } from './ChatLayout.tsx';

const PEERS: PeerSpec[] = [
  { account: 'alice', nick: 'Alice' },
  { account: 'bob', nick: 'Bob' },
];

// jsdom has no layout: a fake ResizeObserver reports the width a test chooses.
let width = 1024;
const observers = new Set<FakeResizeObserver>();
class FakeResizeObserver implements ResizeObserver {
  private targets: Element[] = [];
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe(target: Element) {
    this.targets.push(target);
    observers.add(this);
  }
  unobserve() {}
  disconnect() {
    observers.delete(this);
  }
  fire() {
    const entries: ResizeObserverEntry[] = this.targets.map((target) => ({
      target,
      contentRect: DOMRect.fromRect({ width, height: 700 }),
      borderBoxSize: [],
      contentBoxSize: [],
      devicePixelContentBoxSize: [],
    }));
    this.cb(entries, this);
  }
}
function resize(next: number) {
  width = next;
  act(() => {
    for (const observer of observers) observer.fire();
  });
}

let env: Awaited<ReturnType<typeof openLocalList>> | undefined;
beforeEach(() => {
  width = 1024;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('parley-chat-layout')
      ? DOMRect.fromRect({ width, height: 700 })
      : DOMRect.fromRect({ width: 0, height: 0 });
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  observers.clear();
  await env?.close();
  env = undefined;
});

function pane(sessionId: string, { onBack }: PaneOptions) {
  return (
    <section aria-label={`Chat ${sessionId}`}>
      {onBack ? (
        <button type="button" onClick={onBack}>
          Back
        </button>
      ) : null}
    </section>
  );
}

describe('ChatLayout', { timeout: 20_000 }, () => {
  it('shows list and pane side by side, opening the first conversation by default', async () => {
    env = await openLocalList({ peers: PEERS });
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = env.render(
      <ChatLayout renderPane={pane} onSelect={onSelect} list={{ initialRect: TEST_RECT }} />,
    );
    expect(await screen.findByRole('region', { name: 'Chat p2p-alice' })).toBeTruthy();
    expect(screen.getByRole('listbox')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('option', { name: /Bob/ }));
    expect(screen.getByRole('region', { name: 'Chat p2p-bob' })).toBeTruthy();
    expect(onSelect).toHaveBeenCalledWith('p2p-bob');
    expect(screen.getByRole('option', { name: /Bob/ }).getAttribute('aria-selected')).toBe('true');
    await expectNoAxeViolations(container);
  });

  it('collapses to one column when narrow: list first, pane with back after a pick', async () => {
    width = 480;
    env = await openLocalList({ peers: PEERS });
    const user = userEvent.setup();
    const { container } = env.render(
      <ChatLayout renderPane={pane} list={{ initialRect: TEST_RECT }} />,
    );
    const layout = container.querySelector('[data-part="chat-layout"]');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(layout?.getAttribute('data-columns')).toBe('1');
    expect(layout?.getAttribute('data-view')).toBe('list');
    expect(screen.queryByRole('region')).toBeNull();

    await user.click(screen.getByRole('option', { name: /Bob/ }));
    expect(layout?.getAttribute('data-view')).toBe('pane');
    const chat = screen.getByRole('region', { name: 'Chat p2p-bob' });
    expect(document.activeElement?.contains(chat)).toBe(true);
    await user.click(within(chat).getByRole('button', { name: 'Back' }));
    expect(layout?.getAttribute('data-view')).toBe('list');
    expect(document.activeElement).toBe(screen.getByRole('option', { name: /Bob/ }));

    // Widening brings both columns back, without a back button.
    resize(1200);
    expect(layout?.getAttribute('data-columns')).toBe('2');
    expect(screen.getByRole('region', { name: 'Chat p2p-bob' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('follows a controlled selection and shows a hint when none is selected', async () => {
    env = await openLocalList({ peers: PEERS });
    const view = env.render(
      <ChatLayout renderPane={pane} selectedId={null} list={{ initialRect: TEST_RECT }} />,
    );
    expect(await screen.findByText('Select a conversation to start chatting')).toBeTruthy();
    view.rerender(
      <ChatLayout renderPane={pane} selectedId="p2p-bob" list={{ initialRect: TEST_RECT }} />,
    );
    expect(screen.getByRole('region', { name: 'Chat p2p-bob' })).toBeTruthy();
  });

  it('falls back to the first conversation when the open one is deleted', async () => {
    env = await openLocalList({ peers: PEERS });
    const user = userEvent.setup();
    env.render(<ChatLayout renderPane={pane} list={{ initialRect: TEST_RECT }} />);
    await user.click(await screen.findByRole('option', { name: /Bob/ }));
    expect(screen.getByRole('region', { name: 'Chat p2p-bob' })).toBeTruthy();
    await act(() => env?.chat.deleteSession('p2p-bob', { clearHistory: false }));
    expect(await screen.findByRole('region', { name: 'Chat p2p-alice' })).toBeTruthy();
  });

  it('opens a chat started from "New conversation" with its input focused', async () => {
    env = await openLocalList({ peers: PEERS });
    await env.server.putUser({ account: 'sam', nick: 'Sam Lee' });
    // Pinned first: the new session is not the list's first.
    await env.chat.pin('p2p-bob');
    const user = userEvent.setup();
    const onStartChat = vi.fn();
    env.render(<ChatLayout list={{ initialRect: TEST_RECT, onStartChat }} />);
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    await user.type(await screen.findByRole('combobox'), 'sam');
    await screen.findByRole('option', { name: /Sam Lee/ });
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('region', { name: 'Sam Lee' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(pane).getByRole('textbox', { name: 'Message' })),
    );
    expect(onStartChat).toHaveBeenCalledWith('p2p-sam');
    expect(screen.getByRole('option', { name: /Sam Lee/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('renders the real ChatPane by default', async () => {
    env = await openLocalList({ peers: PEERS });
    const { container } = env.render(<ChatLayout list={{ initialRect: TEST_RECT }} />);
    await waitFor(() =>
      expect(container.querySelector('[data-part="chat-layout-pane"] > *')).not.toBeNull(),
    );
    expect(container.querySelector('[data-part="chat-pane"]')).not.toBeNull();
  });
});
