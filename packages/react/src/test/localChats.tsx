import { createLocalAdapter, type LocalAdapter, LocalServer } from '@parley/adapter-local';
import { type Chat, type ChatAdapter, createChat } from '@parley/core';
import type { ReactNode } from 'react';
import { ChatProvider } from '../ChatProvider.tsx';

/** Options of {@link localChats}. */
export interface LocalChatsOptions {
  recallWindowMs?: number;
  now?: () => number;
  /** Makes `alice`'s sends fail while it returns true. */
  failAliceSends?: () => boolean;
  /** Changes `alice`'s adapter (drops a capability, slows a query). */
  aliceAdapter?: (adapter: LocalAdapter) => ChatAdapter;
}

/** A fresh embedded server with connected chats for alice and bob. */
export async function localChats(options: LocalChatsOptions = {}) {
  const server = await LocalServer.open({
    recallWindowMs: options.recallWindowMs,
    now: options.now,
  });
  await server.putUser({ account: 'alice', nick: 'Alice' });
  await server.putUser({ account: 'bob', nick: 'Bob' });
  await server.putUser({ account: 'carol', nick: 'Carol' });
  const adapters: LocalAdapter[] = [];
  const open = async (
    account: string,
    failSend?: () => boolean,
    wrap: (adapter: LocalAdapter) => ChatAdapter = (adapter) => adapter,
  ): Promise<Chat> => {
    const adapter = createLocalAdapter({
      server,
      account,
      faults: failSend ? { failSend: () => failSend() } : undefined,
    });
    adapters.push(adapter);
    const chat = createChat({ adapter: wrap(adapter), now: options.now });
    await chat.connect();
    return chat;
  };
  const alice = await open('alice', options.failAliceSends, options.aliceAdapter);
  const bob = await open('bob');
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ChatProvider chat={alice} autoConnect={false}>
      {children}
    </ChatProvider>
  );
  return {
    server,
    alice,
    bob,
    open,
    wrapper,
    async close() {
      for (const chat of [alice, bob]) chat.destroy();
      for (const adapter of adapters) await adapter.disconnect().catch(() => undefined);
      await server.close();
    },
  };
}
