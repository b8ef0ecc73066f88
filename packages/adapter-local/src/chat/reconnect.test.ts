import { type Chat, createChat, selectMessage, selectSession, windowMessages } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { createLocalAdapter, type LocalAdapter } from '../client/createLocalAdapter.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { unreadCount } from '../server/sessions.ts';

async function signIn(server: LocalServer, account: string, latencyMs = 0) {
  const adapter = createLocalAdapter({ server, account, latencyMs });
  const chat = createChat({ adapter });
  await chat.connect();
  return { adapter, chat };
}

const shown = (chat: Chat, sessionId: string) => {
  const window = chat.store.getState().messages[sessionId];
  return window ? windowMessages(window).map((m) => (m.recall ? `${m.body}!` : m.body)) : [];
};

const say = (device: { chat: Chat }, sessionId: string, body: string) =>
  device.chat.send(sessionId, { type: 'text', body });

describe('sign-out and sign-in without a reload', () => {
  it('the open conversation catches up: new messages, recalls, read marks and receipts', async () => {
    const server = await LocalServer.open();
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    const b1 = await say(bob, 'p2p-alice', 'b1');
    alice.chat.setActiveSession('p2p-bob');
    await alice.chat.openSession('p2p-bob');
    expect(shown(alice.chat, 'p2p-bob')).toEqual(['b1']);

    await alice.chat.disconnect();
    const b2 = await say(bob, 'p2p-alice', 'b2');
    await bob.chat.recall(b1);
    await alice.chat.connect();

    await vi.waitFor(() =>
      expect(shown(alice.chat, 'p2p-bob')).toEqual(['bob recalled a message!', 'b2']),
    );
    // The conversation is on screen: read here, on the server, and receipted to bob.
    await vi.waitFor(() => {
      expect(unreadCount(server.state.data, 'alice', 'p2p-bob')).toBe(0);
      expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(b2.time);
    });
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
  });

  it('a recalled unread message is subtracted once', async () => {
    const server = await LocalServer.open();
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    await say(bob, 'p2p-alice', 'one');
    const two = await say(bob, 'p2p-alice', 'two');
    await say(bob, 'p2p-alice', 'three');
    await bob.chat.recall(two);
    await vi.waitFor(() =>
      expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(2),
    );
    await alice.chat.disconnect();
    await alice.chat.connect();
    expect(unreadCount(server.state.data, 'alice', 'p2p-bob')).toBe(2);
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(2);
  });

  it('a text send in flight is not cancelled: it goes out once after sign-in', async () => {
    const server = await LocalServer.open();
    const alice = await signIn(server, 'alice', 20);
    await alice.chat.openSession('p2p-bob');
    const sending = say(alice, 'p2p-bob', 'in flight');
    await alice.chat.disconnect();
    const window = () => alice.chat.store.getState().messages['p2p-bob'];
    const [pending] = windowMessages(window() ?? never());
    expect(pending).toMatchObject({ body: 'in flight', status: 'sending' });
    await alice.chat.connect();
    const sent = await sending;
    expect(sent.status).toBe('sent');
    expect(selectMessage(window(), sent.idClient)?.status).toBe('sent');
    const onServer = server.state.data.conversation('alice', 'p2p-bob');
    expect(onServer.map((m) => m.body)).toEqual(['in flight']);
  });
});

describe('a network drop', () => {
  it('a message caught up into the open session is acknowledged and receipted', async () => {
    const server = await LocalServer.open();
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    await say(bob, 'p2p-alice', 'before');
    alice.chat.setActiveSession('p2p-bob');
    await alice.chat.openSession('p2p-bob');
    (alice.adapter as LocalAdapter).goOffline();
    const during = await say(bob, 'p2p-alice', 'during');
    await (alice.adapter as LocalAdapter).goOnline();
    await vi.waitFor(() => expect(shown(alice.chat, 'p2p-bob')).toEqual(['before', 'during']));
    await vi.waitFor(() => {
      expect(unreadCount(server.state.data, 'alice', 'p2p-bob')).toBe(0);
      expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(
        during.time,
      );
    });
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
  });
});

describe('read marks across devices and gaps', () => {
  it('a conversation read while signed out is acknowledged at sign-in', async () => {
    const server = await LocalServer.open();
    const alice = await signIn(server, 'alice');
    const bob = await signIn(server, 'bob');
    const last = await say(bob, 'p2p-alice', 'one');
    await vi.waitFor(() =>
      expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(1),
    );
    await alice.chat.disconnect();
    // Looked at while offline, then left.
    alice.chat.setActiveSession('p2p-bob');
    alice.chat.setActiveSession(null);
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
    await alice.chat.connect();
    expect(server.state.data.sessions.get('alice')?.get('p2p-bob')?.ack).toBe(last.time);
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
  });

  it('another device reading part of what the server counted: the count is asked again', async () => {
    const server = await LocalServer.open();
    const bob = await signIn(server, 'bob');
    const sent = [];
    for (const body of ['one', 'two', 'three']) sent.push(await say(bob, 'p2p-alice', body));
    const laptop = await signIn(server, 'alice');
    expect(selectSession(laptop.chat.store.getState(), 'p2p-bob')?.unread).toBe(3);
    // The phone has seen only the first two when it reads.
    const phone = createLocalAdapter({ server, account: 'alice' });
    await phone.connect();
    await phone.markSessionRead('p2p-bob', sent[1]?.time ?? 0);
    await vi.waitFor(() =>
      expect(selectSession(laptop.chat.store.getState(), 'p2p-bob')?.unread).toBe(1),
    );
  });
});

function never(): never {
  throw new Error('missing');
}
