import { describe, expect, it } from 'vitest';
import type { Chat } from '../Chat.ts';
import { createChat } from '../createChat.ts';
import { ChatError, isChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { myReactionKeys } from '../rules/reactions.ts';
import { selectMessage, selectSession } from '../store/selectors.ts';
import { createFakeAdapter } from '../test/createFakeAdapter.ts';
import { FakeServer } from '../test/FakeServer.ts';
import { withInteractions } from '../test/fakeInteractions.ts';
import { flush, login } from '../test/login.ts';

async function connected(server: FakeServer, account: string, editWindowMs?: number) {
  const adapter = withInteractions(
    createFakeAdapter(server, account),
    server,
    account,
    editWindowMs,
  );
  let next = 0;
  const chat = createChat({
    adapter,
    now: () => server.clock,
    createId: () => `${account}-${++next}`,
  });
  await chat.connect();
  return { chat, adapter };
}

const codeOf = (error: unknown) => (isChatError(error) ? error.code : String(error));
const current = (chat: Chat, message: Message) =>
  selectMessage(chat.store.getState().messages[message.sessionId], message.idClient);

async function pair(editWindowMs?: number) {
  const server = new FakeServer();
  const alice = await connected(server, 'alice', editWindowMs);
  const bob = await connected(server, 'bob', editWindowMs);
  await bob.chat.openSession('p2p-alice');
  await alice.chat.openSession('p2p-bob');
  const sent = await alice.chat.send('p2p-bob', { type: 'text', body: 'helo' });
  await flush();
  return { server, alice, bob, sent };
}

describe('Chat: supports', () => {
  it('says what the adapter offers, so the UI hides the rest', async () => {
    const server = new FakeServer();
    const { chat } = await login(server, 'alice');
    expect(chat.supports).toEqual({ reply: false, react: false, edit: false });
    expect(chat.editWindowMs).toBe(Number.POSITIVE_INFINITY);
    const full = await connected(server, 'bob', 60_000);
    expect(full.chat.supports).toEqual({ reply: true, react: true, edit: true });
    expect(full.chat.editWindowMs).toBe(60_000);
  });

  it('refuses what the adapter lacks with UNSUPPORTED, and changes nothing', async () => {
    const server = new FakeServer();
    const { chat } = await login(server, 'alice');
    const sent = await chat.send('p2p-bob', { type: 'text', body: 'x' });
    const before = chat.store.getState();
    expect(codeOf(await chat.react(sent, '👍').catch((e) => e))).toBe('UNSUPPORTED');
    expect(codeOf(await chat.edit(sent, 'y').catch((e) => e))).toBe('UNSUPPORTED');
    const reply = chat.send('p2p-bob', { type: 'text', body: 'z', replyTo: sent });
    expect(codeOf(await reply.catch((e) => e))).toBe('UNSUPPORTED');
    expect(chat.store.getState()).toBe(before);
  });
});

describe('Chat: replies', () => {
  it('sends a snapshot of the quoted message that the peer receives', async () => {
    const { alice, bob, sent } = await pair();
    const original = current(bob.chat, { ...sent, sessionId: 'p2p-alice' }) as Message;
    const reply = await bob.chat.send('p2p-alice', {
      type: 'text',
      body: 'hello?',
      replyTo: original,
    });
    expect(reply.replyTo).toEqual({
      idClient: sent.idClient,
      idServer: sent.idServer,
      from: 'alice',
      type: 'text',
      body: 'helo',
      time: sent.time,
    });
    await flush();
    expect(current(alice.chat, { ...reply, sessionId: 'p2p-bob' })?.replyTo?.idClient).toBe(
      sent.idClient,
    );
  });

  it('a resend of a failed reply keeps its quote', async () => {
    const { alice, sent } = await pair();
    alice.adapter.controls.failNextSend = new ChatError('SEND_FAILED', 'flaky');
    const send = alice.chat.send('p2p-bob', { type: 'text', body: 'again', replyTo: sent });
    expect(codeOf(await send.catch((e) => e))).toBe('SEND_FAILED');
    const failed = selectSession(alice.chat.store.getState(), 'p2p-bob')?.lastMsg;
    if (!failed) throw new Error('no failed message');
    const resent = await alice.chat.resend(failed);
    expect(resent.replyTo).toMatchObject({ idClient: sent.idClient, body: 'helo' });
  });

  it('refuses a quote from another session or of a recalled message', async () => {
    const { alice, sent } = await pair();
    const other = alice.chat.send('p2p-carol', { type: 'text', body: 'x', replyTo: sent });
    expect(codeOf(await other.catch((e) => e))).toBe('INVALID_ARGUMENT');
    await alice.chat.recall(sent);
    const gone = alice.chat.send('p2p-bob', { type: 'text', body: 'x', replyTo: sent });
    expect(codeOf(await gone.catch((e) => e))).toBe('INVALID_STATE');
  });
});

describe('Chat: react', () => {
  it('toggles my reaction optimistically; the peer sees it', async () => {
    const { alice, bob, sent } = await pair();
    let open: () => void = () => undefined;
    alice.adapter.interactions.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const pending = alice.chat.react(sent, '👍');
    await Promise.resolve();
    expect(myReactionKeys(current(alice.chat, sent)?.reactions, 'alice')).toEqual(['👍']);
    alice.adapter.interactions.gate = null;
    open();
    await pending;
    await flush();
    const theirs = current(bob.chat, { ...sent, sessionId: 'p2p-alice' });
    expect(myReactionKeys(theirs?.reactions, 'alice')).toEqual(['👍']);
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.unread).toBe(1);
    await alice.chat.react(sent, '👍');
    expect(myReactionKeys(current(alice.chat, sent)?.reactions, 'alice')).toEqual([]);
  });

  it('rolls back and rejects with the coded error when the adapter fails', async () => {
    const { alice, sent } = await pair();
    await alice.chat.react(sent, '❤️');
    const before = current(alice.chat, sent);
    alice.adapter.interactions.failNext = new ChatError('PERMISSION_DENIED', 'muted');
    expect(codeOf(await alice.chat.react(sent, '❤️').catch((e) => e))).toBe('PERMISSION_DENIED');
    expect(current(alice.chat, sent)?.reactions).toEqual(before?.reactions);
    alice.adapter.interactions.failNext = new ChatError('TIMEOUT', 'slow');
    expect(codeOf(await alice.chat.react(sent, '😮').catch((e) => e))).toBe('TIMEOUT');
    expect(myReactionKeys(current(alice.chat, sent)?.reactions, 'alice')).toEqual(['❤️']);
  });

  it('checks the key, the connection and the limit before anything changes', async () => {
    const { alice, sent } = await pair();
    expect(codeOf(await alice.chat.react(sent, '').catch((e) => e))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await alice.chat.react(sent, 'a\u202Eb').catch((e) => e))).toBe(
      'INVALID_ARGUMENT',
    );
    for (let i = 0; i < 20; i++) await alice.chat.react(sent, `k${i}`);
    expect(codeOf(await alice.chat.react(sent, 'k20').catch((e) => e))).toBe('REACTION_LIMIT');
    await alice.chat.disconnect();
    const before = alice.chat.store.getState();
    expect(codeOf(await alice.chat.react(sent, 'k0').catch((e) => e))).toBe('NOT_CONNECTED');
    expect(alice.chat.store.getState()).toBe(before);
  });
});

describe('Chat: edit', () => {
  it('replaces my text; the peer sees it and the preview too; read stays read', async () => {
    const { alice, bob, sent } = await pair();
    bob.chat.setActiveSession('p2p-alice');
    await flush();
    await flush();
    expect(current(alice.chat, sent)?.status).toBe('read');
    await alice.chat.edit(sent, 'hello');
    expect(current(alice.chat, sent)).toMatchObject({ body: 'hello', status: 'read' });
    await flush();
    const state = bob.chat.store.getState();
    expect(selectSession(state, 'p2p-alice')?.lastMsg).toMatchObject({ body: 'hello' });
    expect(current(bob.chat, { ...sent, sessionId: 'p2p-alice' })?.editedAt).toBeGreaterThan(0);
  });

  it('refuses what cannot be edited with its code', async () => {
    const { server, alice, bob, sent } = await pair(1000);
    const theirs = { ...sent, sessionId: 'p2p-alice' as const };
    expect(codeOf(await bob.chat.edit(theirs, 'mine now').catch((e) => e))).toBe(
      'EDIT_NOT_ALLOWED',
    );
    expect(codeOf(await alice.chat.edit(sent, '   ').catch((e) => e))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await alice.chat.edit(sent, 'x'.repeat(5001)).catch((e) => e))).toBe(
      'TEXT_TOO_LONG',
    );
    server.clock += 1001;
    expect(codeOf(await alice.chat.edit(sent, 'late').catch((e) => e))).toBe('EDIT_EXPIRED');
    expect(alice.adapter.controls.calls).not.toContain('edit');
  });

  it('rolls back to the text before when the adapter fails', async () => {
    const { alice, sent } = await pair();
    alice.adapter.interactions.failNext = new ChatError('EDIT_EXPIRED', 'server says late');
    expect(codeOf(await alice.chat.edit(sent, 'hello').catch((e) => e))).toBe('EDIT_EXPIRED');
    expect(current(alice.chat, sent)).toMatchObject({ body: 'helo' });
    expect(current(alice.chat, sent)?.editedAt).toBeUndefined();
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.lastMsg?.body).toBe('helo');
  });
});

describe('Chat: jumpTo', () => {
  it('loads history around a message far back and focuses it', async () => {
    const { server, alice, sent } = await pair();
    for (let i = 0; i < 80; i++) await alice.chat.send('p2p-bob', { type: 'text', body: `n${i}` });
    // A device that signs in later holds only the newest page.
    const bob = await connected(server, 'bob');
    await bob.chat.openSession('p2p-alice');
    expect(bob.chat.store.getState().messages['p2p-alice']?.ids).not.toContain(sent.idClient);
    const target = { idClient: sent.idClient, time: sent.time };
    await bob.chat.jumpTo('p2p-alice', target);
    const window = bob.chat.store.getState().messages['p2p-alice'];
    expect(window?.focus).toEqual({ idClient: sent.idClient, seq: 1 });
    expect(window?.ids).toContain(sent.idClient);
    expect(window?.hasMoreNewer).toBe(true);
    await bob.chat.loadNewer('p2p-alice');
    expect(bob.chat.store.getState().messages['p2p-alice']?.ids.length).toBeGreaterThan(
      window?.ids.length ?? 0,
    );
    await bob.chat.jumpTo('p2p-alice', target);
    expect(bob.chat.store.getState().messages['p2p-alice']?.focus?.seq).toBe(2);
  });

  it('is NOT_FOUND for a message history no longer holds, leaving the window', async () => {
    const { bob } = await pair();
    const before = bob.chat.store.getState().messages['p2p-alice'];
    const missing = bob.chat.jumpTo('p2p-alice', { idClient: 'gone', time: 5 });
    expect(codeOf(await missing.catch((e) => e))).toBe('NOT_FOUND');
    expect(bob.chat.store.getState().messages['p2p-alice']).toBe(before);
  });
});
