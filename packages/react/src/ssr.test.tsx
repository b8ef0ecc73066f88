// @vitest-environment node
import { createLocalAdapter, LocalServer } from '@parley/adapter-local';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChatProvider } from './ChatProvider.tsx';
import { useConnection } from './useConnection.ts';
import { useMessages } from './useMessages.ts';
import { useSessions } from './useSessions.ts';

function App() {
  const { status } = useConnection();
  const { sessions } = useSessions();
  const { messages, loading } = useMessages('p2p-bob');
  return (
    <main>
      {status}|{sessions.length}|{messages.length}|{String(loading)}
    </main>
  );
}

describe('server rendering', () => {
  it('renders a provider with hooks without touching window', async () => {
    expect(typeof window).toBe('undefined');
    const server = await LocalServer.open();
    const html = renderToString(
      <ChatProvider adapter={createLocalAdapter({ server, account: 'alice' })}>
        <App />
      </ChatProvider>,
    );
    expect(html.replaceAll('<!-- -->', '')).toContain('<main>idle|0|0|true</main>');
    await server.close();
  });
});
