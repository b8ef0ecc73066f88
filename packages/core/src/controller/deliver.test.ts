import { describe, expect, it } from 'vitest';
import { createChat } from '../createChat.ts';
import { ChatError } from '../model/ChatError.ts';
import { memoryOutbox } from '../outbox/memoryOutbox.ts';
import type { OutboxStorage } from '../outbox/OutboxStorage.ts';
import { selectMessage, windowMessages } from '../store/selectors.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';

/** A memory outbox that logs what it was asked, in order with the adapter's sends. */
function loggedOutbox(log: string[]): OutboxStorage {
  const inner = memoryOutbox();
  return {
    load: (account) => inner.load(account),
    put(entry) {
      log.push(`put ${entry.message.idClient} ${entry.message.status}`);
      return inner.put(entry);
    },
    remove(account, idClient) {
      log.push(`remove ${idClient}`);
      return inner.remove(account, idClient);
    },
  };
}

async function chatOf(server: FakeServer, persistence: OutboxStorage, log: string[] = []) {
  const adapter = createFakeAdapter(server, 'alice');
  const send = adapter.send.bind(adapter);
  adapter.send = (request, options) => {
    log.push(`send ${request.idClient}`);
    return send(request, options);
  };
  let n = 0;
  const chat = createChat({
    adapter,
    persistence,
    now: () => server.clock,
    createId: () => `m${++n}`,
  });
  await chat.connect();
  return { chat, adapter };
}

describe('the outbox of sends', () => {
  it('holds a send from before the adapter is asked until it is sent', async () => {
    const log: string[] = [];
    const { chat } = await chatOf(new FakeServer(), loggedOutbox(log), log);
    await chat.send('p2p-bob', { type: 'text', body: 'hi' });
    expect(log).toEqual(['put m1 sending', 'send m1', 'remove m1']);
  });

  it('keeps a failed send failed, and forgets it when it is deleted', async () => {
    const log: string[] = [];
    const outbox = loggedOutbox(log);
    const { chat, adapter } = await chatOf(new FakeServer(), outbox, log);
    adapter.controls.failNextSend = new ChatError('PERMISSION_DENIED', 'no');
    await expect(chat.send('p2p-bob', { type: 'text', body: 'hi' })).rejects.toThrow();
    expect((await outbox.load('alice')).map((e) => e.message.error?.code)).toEqual([
      'PERMISSION_DENIED',
    ]);
    await chat.deleteMessages('p2p-bob', ['m1']);
    expect(await outbox.load('alice')).toEqual([]);
  });

  it('on disconnect a text send waits for the next connect, a file upload stops', async () => {
    const server = new FakeServer();
    const { chat, adapter } = await chatOf(server, memoryOutbox());
    let open: () => void = () => undefined;
    adapter.controls.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const text = chat.send('p2p-bob', { type: 'text', body: 'hi' });
    const file = chat.send('p2p-bob', { type: 'file', file: new Blob(['x']), name: 'x.txt' });
    await chat.disconnect();
    open();
    adapter.controls.gate = null;
    await expect(file).rejects.toMatchObject({ code: 'UPLOAD_CANCELLED' });
    const window = () => chat.store.getState().messages['p2p-bob'];
    // The link went down under the text send: it waits, still `sending`.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(selectMessage(window(), 'm1')?.status).toBe('sending');
    await chat.connect();
    await expect(text).resolves.toMatchObject({ idClient: 'm1', status: 'sent' });
    expect(server.messages.filter((m) => m.idClient === 'm1')).toHaveLength(1);
    expect(windowMessages(window() ?? never()).map((m) => [m.idClient, m.status])).toEqual([
      ['m2', 'sendFailed'],
      ['m1', 'sent'],
    ]);
  });

  it('an outbox that cannot open is reported; sending still works', async () => {
    const broken: OutboxStorage = {
      load: () => Promise.reject(new ChatError('INTERNAL', 'The outbox could not open')),
      put: () => Promise.reject(new ChatError('INTERNAL', 'no')),
      remove: () => Promise.reject(new ChatError('INTERNAL', 'no')),
    };
    const { chat } = await chatOf(new FakeServer(), broken);
    expect(chat.store.getState().sessions.error?.message).toBe('The outbox could not open');
    await expect(chat.send('p2p-bob', { type: 'text', body: 'hi' })).resolves.toMatchObject({
      status: 'sent',
    });
  });
});

function never(): never {
  throw new Error('missing');
}
