import {
  createLocalAdapter,
  type LocalAdapter,
  LocalServer,
  type StoredMessage,
} from '@parley/adapter-local';
import { type Chat, ChatProvider, createChat } from '@parley/react';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ParleyRoot, type ParleyRootProps } from '../root/ParleyRoot.tsx';

/** One p2p session of `me` for {@link openLocalList}: newest first in the list order. */
export interface PeerSpec {
  account: string;
  nick: string;
  /** Messages from the peer (unread for `me`), oldest first. Default one "hi". */
  messages?: string[];
}

/** Options of {@link openLocalList}. */
export interface LocalListOptions {
  /** Sessions, listed first to last (the first gets the newest message). */
  peers?: PeerSpec[];
  sessionPageSize?: number;
  maxPins?: number;
  /** Changes the adapter before connecting (inject failures). */
  patch?: (adapter: LocalAdapter) => void;
  /** Connect before returning. Default true. */
  connect?: boolean;
}

/**
 * A fresh embedded server with `me` signed in, filled with p2p sessions in a known order,
 * plus a way to make peers send messages: list tests run against the real backend.
 */
export async function openLocalList(options: LocalListOptions = {}) {
  const server = await LocalServer.open({ maxPins: options.maxPins });
  const peers = options.peers ?? [];
  const base = Date.now() - 3_600_000;
  const messages: StoredMessage[] = [];
  // Last peer first, so the first peer ends up with the newest message.
  [...peers].reverse().forEach((peer, p) => {
    (peer.messages ?? ['hi']).forEach((body, i) => {
      const n = messages.length;
      messages.push({
        idClient: `seed-${n}`,
        idServer: `seed-s-${n}`,
        scene: 'p2p',
        sessionId: `p2p-${peer.account}`,
        from: peer.account,
        to: 'me',
        time: base + p * 1000 + i,
        status: 'sent',
        type: 'text',
        body,
      });
    });
  });
  await server.importBulk({
    users: [
      { account: 'me', nick: 'Me' },
      ...peers.map((p) => ({ account: p.account, nick: p.nick })),
    ],
    messages,
  });
  const adapters: LocalAdapter[] = [];
  const chats: Chat[] = [];
  const device = async (account: string, patch?: (adapter: LocalAdapter) => void) => {
    const adapter = createLocalAdapter({ server, account });
    patch?.(adapter);
    adapters.push(adapter);
    const chat = createChat({ adapter, sessionPageSize: options.sessionPageSize });
    chats.push(chat);
    return chat;
  };
  const chat = await device('me', options.patch);
  if (options.connect !== false) await chat.connect().catch(() => undefined);
  return {
    server,
    chat,
    /** Another connected device of `account` (a fresh view of the server). */
    async connectDevice(account: string) {
      const other = await device(account);
      await other.connect();
      return other;
    },
    /** Sends a text from `from` to `me`. */
    async receive(from: string, body: string) {
      const peer = await device(from);
      await peer.connect();
      await peer.send('p2p-me', { type: 'text', body });
    },
    /** Renders inside a ParleyRoot and a ChatProvider for `me` (kept on rerender). */
    render(ui: ReactElement, root: Omit<ParleyRootProps, 'children'> = {}) {
      return render(ui, {
        wrapper: ({ children }: { children: ReactNode }) => (
          <ParleyRoot {...root}>
            <ChatProvider chat={chat} autoConnect={false}>
              {children}
            </ChatProvider>
          </ParleyRoot>
        ),
      });
    },
    async close() {
      for (const c of chats) c.destroy();
      for (const a of adapters) await a.disconnect().catch(() => undefined);
      await server.close();
    },
  };
}

/** Viewport used by list tests so the virtualizer renders a first window in jsdom. */
export const TEST_RECT = { width: 360, height: 640 };
