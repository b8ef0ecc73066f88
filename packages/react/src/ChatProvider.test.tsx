import { createLocalAdapter, LocalServer } from '@parley/adapter-local';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatProvider } from './ChatProvider.tsx';
import { useConnection } from './useConnection.ts';
import { useSessions } from './useSessions.ts';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function Status() {
  const { status, me } = useConnection();
  return (
    <p>
      {status}:{me}
    </p>
  );
}

describe('ChatProvider', () => {
  it('throws a clear error when a hook is used outside it', () => {
    expect(() => renderHook(() => useSessions())).toThrow(/within <ChatProvider>/);
  });

  it('creates a chat from an adapter and connects it', async () => {
    server = await LocalServer.open();
    const adapter = createLocalAdapter({ server, account: 'alice' });
    render(
      <ChatProvider adapter={adapter}>
        <Status />
      </ChatProvider>,
    );
    expect(await screen.findByText('connected:alice')).toBeTruthy();
  });

  it('gives every provider its own store', async () => {
    server = await LocalServer.open();
    const local = server;
    render(
      <>
        <ChatProvider adapter={createLocalAdapter({ server: local, account: 'alice' })}>
          <Status />
        </ChatProvider>
        <ChatProvider adapter={createLocalAdapter({ server: local, account: 'bob' })}>
          <Status />
        </ChatProvider>
      </>,
    );
    await waitFor(() => {
      expect(screen.getByText('connected:alice')).toBeTruthy();
      expect(screen.getByText('connected:bob')).toBeTruthy();
    });
  });

  it('reports a failed connection through useConnection', async () => {
    server = await LocalServer.open({ autoRegister: false });
    const adapter = createLocalAdapter({ server, account: 'nobody' });
    const { result } = renderHook(() => useConnection(), {
      wrapper: ({ children }) => <ChatProvider adapter={adapter}>{children}</ChatProvider>,
    });
    await waitFor(() => expect(result.current.error?.code).toBe('AUTH_FAILED'));
    expect(result.current.status).not.toBe('connected');
  });
});
