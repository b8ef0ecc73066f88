import {
  type Chat,
  type CreateChatOptions,
  createChat,
  isChatError,
  type Message,
  selectMessage,
} from '@parley/core';
import { onTestFinished } from 'vitest';
import { createLocalAdapter } from '../client/createLocalAdapter.ts';
import type { FaultOptions } from '../client/faults.ts';
import { LocalServer, type LocalServerOptions } from '../server/LocalServer.ts';

/**
 * A fresh embedded server and a way to sign chats in to it (each call a new device), all
 * closed when the test ends (test helper).
 */
export async function world(options: LocalServerOptions = {}) {
  const server = await LocalServer.open(options);
  const chats: Chat[] = [];
  onTestFinished(async () => {
    for (const chat of chats) {
      await chat.disconnect().catch(() => undefined);
      chat.destroy();
    }
    await server.close();
  });
  const open = async (
    account: string,
    chatOptions: Omit<CreateChatOptions, 'adapter'> = {},
    faults?: FaultOptions,
  ): Promise<Chat> => {
    const adapter = createLocalAdapter({ server, account, faults });
    const chat = createChat({ ...chatOptions, adapter });
    chats.push(chat);
    await chat.connect();
    return chat;
  };
  return { server, open };
}

/** The code a promise rejects with; fails when it resolves or rejects with no `ChatError`. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isChatError(error)) throw new Error(`expected a ChatError, got ${String(error)}`);
  return error.code;
}

/** A loaded message of a chat's session window. */
export function loaded(chat: Chat, sessionId: string, idClient: string): Message | undefined {
  return selectMessage(chat.store.getState().messages[sessionId], idClient);
}
