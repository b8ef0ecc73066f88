import type { StoredMessage } from '@parley/adapter-local';
import { createLocalAdapter, type LocalAdapter, LocalServer } from '@parley/adapter-local';
import { type Chat, ChatProvider, createChat, selectSession } from '@parley/react';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ParleyRoot } from '../root/ParleyRoot.tsx';

/** Options of {@link paneEnv}. */
export interface PaneEnvOptions {
  recallWindowMs?: number;
  /** Server and client clock. Default `Date.now`. */
  now?: () => number;
  /** My sends fail while it returns true. */
  failMySends?: () => boolean;
  /** Messages per history page. Default 30. */
  historyPageSize?: number;
  /** History imported before anyone connects (so profiles and sessions load on connect). */
  messages?: StoredMessage[];
}

/** A text message of the p2p session between `me` and `alice`, for `importBulk`. */
export function storedText(
  index: number,
  body: string,
  time: number,
  from: 'me' | 'alice' = 'alice',
): StoredMessage {
  const to = from === 'me' ? 'alice' : 'me';
  return {
    idClient: `t-${index}`,
    idServer: `ts-${index}`,
    scene: 'p2p',
    sessionId: `p2p-${to}`,
    from,
    to,
    time,
    status: 'sent',
    type: 'text',
    body,
  };
}

/**
 * A fresh embedded server with `me` (the user of the rendered UI) and `alice` connected, for
 * pane tests against the real local backend.
 */
export async function paneEnv(options: PaneEnvOptions = {}) {
  const server = await LocalServer.open({
    recallWindowMs: options.recallWindowMs,
    now: options.now,
  });
  for (const [account, nick] of [
    ['me', 'Me'],
    ['alice', 'Alice'],
    ['bob', 'Bob'],
  ] as const) {
    await server.putUser({ account, nick });
  }
  if (options.messages) await server.importBulk({ messages: options.messages });
  const adapters: LocalAdapter[] = [];
  const chats: Chat[] = [];
  const open = async (account: string, failSend?: () => boolean): Promise<Chat> => {
    const adapter = createLocalAdapter({
      server,
      account,
      faults: failSend ? { failSend: () => failSend() } : undefined,
    });
    adapters.push(adapter);
    const chat = createChat({
      adapter,
      now: options.now,
      historyPageSize: options.historyPageSize,
    });
    chats.push(chat);
    await chat.connect();
    return chat;
  };
  const me = await open('me', options.failMySends);
  const alice = await open('alice');
  return {
    server,
    me,
    alice,
    open,
    /** A session as `account`'s chat holds it. */
    sessionOf(account: 'me' | 'alice', sessionId: string) {
      return selectSession((account === 'me' ? me : alice).store.getState(), sessionId);
    },
    /** Renders inside my chat and a Parley root (English). */
    render(ui: ReactElement): RenderResult {
      return render(ui, {
        wrapper: ({ children }) => (
          <ChatProvider chat={me} autoConnect={false}>
            <ParleyRoot>{children}</ParleyRoot>
          </ChatProvider>
        ),
      });
    },
    async close() {
      for (const chat of chats) chat.destroy();
      for (const adapter of adapters) await adapter.disconnect().catch(() => undefined);
      await server.close();
    },
  };
}

/** What {@link paneEnv} resolves to. */
export type PaneEnv = Awaited<ReturnType<typeof paneEnv>>;
