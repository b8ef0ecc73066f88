import {
  type Chat,
  createChat,
  memoryOutbox,
  type OutboxStorage,
  selectMessage,
  windowMessages,
} from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { createLocalAdapter, type LocalAdapterOptions } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { MemoryStorage } from '../storage/MemoryStorage.ts';

/** One page of the app: a server opened on the stored data, and alice's chat on it. */
async function openPage(
  storage: MemoryStorage,
  outbox: OutboxStorage,
  options: Partial<LocalAdapterOptions> & { answers?: false } = {},
) {
  const server = await LocalServer.open({ storage });
  const adapter = createLocalAdapter({ server, account: 'alice', latencyMs: 30, ...options });
  if (options.answers === false) {
    // The server takes sends, but no answer comes back before the page goes away.
    const send = adapter.send.bind(adapter);
    adapter.send = (request, sendOptions) =>
      send(request, sendOptions).then(() => new Promise<never>(() => undefined));
  }
  const chat = createChat({ adapter, persistence: outbox });
  await chat.connect();
  await chat.openSession('p2p-bob');
  return {
    server,
    chat,
    /** The page goes away: its chat stops and its link to the server dies with it. */
    close() {
      chat.destroy();
      adapter.goOffline();
    },
  };
}

const shown = (chat: Chat) =>
  windowMessages(chat.store.getState().messages['p2p-bob'] ?? never()).map((m) => [
    m.body,
    m.status,
  ]);
const stored = (server: LocalServer) =>
  server.state.data.conversation('alice', 'p2p-bob').map((m) => m.body);

describe('a reload while a message is sending', () => {
  it('the message goes out once after reopening', async () => {
    const storage = new MemoryStorage();
    const outbox = memoryOutbox();
    const first = await openPage(storage, outbox);
    void first.chat
      .send('p2p-bob', { type: 'text', body: 'sent at the last moment' })
      .catch(() => undefined);
    expect(shown(first.chat)).toEqual([['sent at the last moment', 'sending']]);
    first.close();

    const second = await openPage(storage, outbox);
    await vi.waitFor(() =>
      expect(shown(second.chat)).toEqual([['sent at the last moment', 'sent']]),
    );
    expect(stored(second.server)).toEqual(['sent at the last moment']);
    // Once sent it leaves the outbox: a third page shows it from the server only.
    second.close();
    expect(await outbox.load('alice')).toEqual([]);
  });

  it('a message the server stored but whose answer was lost is not sent twice', async () => {
    const storage = new MemoryStorage();
    const outbox = memoryOutbox();
    const first = await openPage(storage, outbox, { answers: false });
    const sending = first.chat.send('p2p-bob', { type: 'text', body: 'once' });
    await vi.waitFor(() => expect(storage.getRaw('messages', sentId(first.chat))).toBeDefined());
    first.close();
    await expect(sending).rejects.toMatchObject({ code: 'NOT_CONNECTED' });

    const second = await openPage(storage, outbox);
    await vi.waitFor(() => expect(shown(second.chat)).toEqual([['once', 'sent']]));
    expect(stored(second.server)).toEqual(['once']);
  });

  it('a failed send is still shown failed after a reload, and Resend sends it', async () => {
    const storage = new MemoryStorage();
    const outbox = memoryOutbox();
    const first = await openPage(storage, outbox, { faults: { failSend: 1 } });
    await expect(first.chat.send('p2p-bob', { type: 'text', body: 'try again' })).rejects.toThrow();
    first.close();

    const second = await openPage(storage, outbox);
    expect(shown(second.chat)).toEqual([['try again', 'sendFailed']]);
    const [failed] = windowMessages(second.chat.store.getState().messages['p2p-bob'] ?? never());
    await second.chat.resend(failed ?? never());
    expect(shown(second.chat)).toEqual([['try again', 'sent']]);
    expect(stored(second.server)).toEqual(['try again']);
  });

  it('an upload cut off by the reload shows failed, and Resend uploads the kept file', async () => {
    const storage = new MemoryStorage();
    const outbox = memoryOutbox();
    const first = await openPage(storage, outbox, { files: { uploadMs: 400 } });
    const file = new Blob(['%PDF'], { type: 'application/pdf' });
    void first.chat
      .send('p2p-bob', { type: 'file', file, name: 'plan.pdf' })
      .catch(() => undefined);
    first.close();

    const second = await openPage(storage, outbox);
    const window = () => second.chat.store.getState().messages['p2p-bob'];
    const [cut] = windowMessages(window() ?? never());
    expect(cut).toMatchObject({ body: 'plan.pdf', status: 'sendFailed' });
    expect(cut?.error?.code).toBe('UPLOAD_FAILED');
    const sent = await second.chat.resend(cut ?? never());
    expect(selectMessage(window(), sent.idClient)).toMatchObject({
      status: 'sent',
      attach: { name: 'plan.pdf', size: 4 },
    });
    expect(stored(second.server)).toEqual(['plan.pdf']);
  });
});

function sentId(chat: Chat): string {
  const [message] = windowMessages(chat.store.getState().messages['p2p-bob'] ?? never());
  return message?.idClient ?? never();
}

function never(): never {
  throw new Error('missing');
}
