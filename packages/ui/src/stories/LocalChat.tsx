import {
  createLocalAdapter,
  type LocalAdapter,
  type LocalServer,
  LocalServer as Server,
} from '@parley/adapter-local';
import { type Chat, ChatProvider, createChat, memoryOutbox } from '@parley/react';
import { type ReactNode, useEffect, useState } from 'react';

/** Props of {@link LocalChat}. */
export interface LocalChatProps {
  /** Fills the fresh in-memory server before the chat connects. */
  setup?: (server: LocalServer) => Promise<void>;
  /** The signed-in account. Default `'me'`. */
  account?: string;
  /** Delay of every command and event, ms: long enough to see loading states. Default 0. */
  latencyMs?: number;
  /**
   * `'connected'` (default); `'connecting'` never finishes connecting, for loading states;
   * `'failed'` signs in as an unknown account, for error states.
   */
  connection?: 'connected' | 'connecting' | 'failed';
  /** Changes the device before it connects (slow or failing queries, a missing capability). */
  patch?: (adapter: LocalAdapter) => void;
  /** Runs once the chat is connected (open a session, send something). */
  after?: (chat: Chat, server: LocalServer) => Promise<void>;
  children: ReactNode;
}

/**
 * Stories' backend: a real embedded server in memory with a chat signed in, so stories show
 * live behaviour (sending, receipts, paging) instead of frozen fixtures.
 */
export function LocalChat({
  setup,
  account = 'me',
  latencyMs = 0,
  connection = 'connected',
  patch,
  after,
  children,
}: LocalChatProps) {
  const [chat, setChat] = useState<Chat | null>(null);
  // Setup functions are story constants; the server is made once per mounted story.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    let cancelled = false;
    let server: LocalServer | undefined;
    let created: Chat | undefined;
    (async () => {
      server = await Server.open({ autoRegister: connection !== 'failed' });
      if (setup) await setup(server);
      const adapter = createLocalAdapter({
        server,
        account: connection === 'failed' ? 'unknown-account' : account,
        latencyMs,
      });
      if (connection === 'connecting') adapter.connect = () => new Promise(() => undefined);
      patch?.(adapter);
      // The server lives in memory, so its unsent messages do too: a story never resends
      // another story's messages.
      created = createChat({ adapter, persistence: memoryOutbox() });
      if (cancelled) return;
      setChat(created);
      if (connection === 'connected') {
        await created.connect();
        if (after && !cancelled) await after(created, server);
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
      created?.destroy();
      server?.close().catch(() => undefined);
    };
  }, []);
  if (!chat) return null;
  return (
    <ChatProvider chat={chat} autoConnect={connection === 'failed'}>
      {children}
    </ChatProvider>
  );
}
