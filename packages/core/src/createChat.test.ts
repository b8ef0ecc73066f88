import { describe, expect, it } from 'vitest';
import { ChatError } from './model/ChatError.ts';
import { selectMessage, selectSession, sessionList } from './store/selectors.ts';
import { FakeServer } from './test/FakeServer.ts';
import { flush, login } from './test/login.ts';

async function rejection(promise: Promise<unknown>): Promise<ChatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChatError) return error;
    throw new Error(`expected a ChatError, got ${String(error)}`);
  }
  throw new Error('expected a rejection');
}

describe('createChat: connect and sessions', () => {
  it('loads the first session page and pinned sessions on connect', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    await alice.chat.send('p2p-bob', { type: 'text', body: 'hi bob' });
    await alice.chat.send('p2p-carol', { type: 'text', body: 'hi carol' });
    await alice.chat.pin('p2p-bob');
    const bob = await login(server, 'bob', { withPinnedList: true });
    expect(bob.chat.store.getState().sessions.order).toEqual(['p2p-alice']);
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')).toMatchObject({ unread: 1 });
    const again = await login(server, 'alice', { withPinnedList: true });
    expect(again.chat.store.getState().sessions.order).toEqual(['p2p-bob', 'p2p-carol']);
    expect(again.controls.calls).toContain('getPinnedSessions');
    expect(again.chat.store.getState().users.bob).toEqual({ account: 'bob', nick: 'bob' });
  });

  it('rejects actions with NOT_CONNECTED before connect', async () => {
    const { chat } = await login(new FakeServer(), 'alice', { connect: false });
    expect((await rejection(chat.send('p2p-bob', { type: 'text', body: 'x' }))).code).toBe(
      'NOT_CONNECTED',
    );
    expect((await rejection(chat.pin('p2p-bob'))).code).toBe('NOT_CONNECTED');
    expect((await rejection(chat.markSessionRead('p2p-bob'))).code).toBe('NOT_CONNECTED');
  });

  it('rejects the 51st pin with PIN_LIMIT', async () => {
    const server = new FakeServer();
    const { chat } = await login(server, 'alice');
    for (let i = 0; i < 50; i++) await chat.pin(`p2p-u${i}`);
    expect((await rejection(chat.pin('p2p-u50'))).code).toBe('PIN_LIMIT');
    await chat.pin('p2p-u3', 'again');
  });

  it('syncs pin, read and delete to another device of the same account', async () => {
    const server = new FakeServer();
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-alice', { type: 'text', body: 'hello' });
    const phone = await login(server, 'alice');
    const laptop = await login(server, 'alice');
    await phone.chat.pin('p2p-bob', 'star');
    await phone.chat.markSessionRead('p2p-bob');
    const seen = selectSession(laptop.chat.store.getState(), 'p2p-bob');
    expect(seen?.stickTopInfo).toMatchObject({ isStickOnTop: true, ext: 'star' });
    expect(seen?.unread).toBe(0);
    await phone.chat.deleteSession('p2p-bob', { clearHistory: true });
    expect(selectSession(laptop.chat.store.getState(), 'p2p-bob')).toBeUndefined();
  });
});

describe('createChat: unread and the active session', () => {
  it('keeps the active session at 0, acknowledges each message and sends receipts', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-alice', { type: 'text', body: 'one' });
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(1);
    alice.chat.setActiveSession('p2p-bob');
    await flush();
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(0);
    const two = await bob.chat.send('p2p-alice', { type: 'text', body: 'two' });
    await flush();
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')).toMatchObject({
      unread: 0,
      ack: two.time,
    });
    expect(server.account('alice').acks.get('p2p-bob')).toBe(two.time);
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(two.time);
    alice.chat.setActiveSession(null);
    await bob.chat.send('p2p-alice', { type: 'text', body: 'three' });
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.unread).toBe(1);
  });

  it("receipts the peer's message on opening even when the peer already read mine", async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    const bob = await login(server, 'bob');
    const question = await bob.chat.send('p2p-alice', { type: 'text', body: 'lunch?' });
    const answer = await alice.chat.send('p2p-bob', { type: 'text', body: 'sure' });
    // Bob reads Alice's answer: her session's msgReceiptTime is now newer than his question.
    bob.chat.setActiveSession('p2p-alice');
    await flush();
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.msgReceiptTime).toBe(answer.time);
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBeLessThan(
      question.time,
    );

    // Opening shows the conversation: the active session's first page reveals the question.
    alice.chat.setActiveSession('p2p-bob');
    await alice.chat.openSession('p2p-bob');
    await flush();
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(
      question.time,
    );
  });

  it('markAllRead falls back to markSessionRead per session', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    for (const peer of ['bob', 'carol']) {
      const { chat } = await login(server, peer);
      await chat.send('p2p-alice', { type: 'text', body: `from ${peer}` });
    }
    await alice.chat.markAllRead();
    expect(sessionList(alice.chat.store.getState()).map((s) => s.unread)).toEqual([0, 0]);
    expect(alice.controls.calls.filter((c) => c === 'markSessionRead')).toHaveLength(2);
  });
});

describe('createChat: sending (rule 8)', () => {
  it('shows the message as sending before the adapter answers, then sent', async () => {
    const server = new FakeServer();
    const { chat, controls } = await login(server, 'alice');
    let release = () => {};
    controls.gate = new Promise((resolve) => {
      release = resolve;
    });
    const pending = chat.send('p2p-bob', { type: 'text', body: 'hello' });
    await flush();
    const window = chat.store.getState().messages['p2p-bob'];
    expect(selectMessage(window, 'alice-1')).toMatchObject({
      status: 'sending',
      idServer: '',
      body: 'hello',
    });
    expect(selectSession(chat.store.getState(), 'p2p-bob')?.lastMsg?.status).toBe('sending');
    release();
    const sent = await pending;
    expect(sent.status).toBe('sent');
    expect(selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1')).toMatchObject({
      status: 'sent',
      idServer: sent.idServer,
      time: sent.time,
    });
    expect(chat.store.getState().messages['p2p-bob']?.ids).toEqual(['alice-1']);
  });

  it('ends sendFailed with a coded error; resend keeps the idClient; only failed messages resend', async () => {
    const server = new FakeServer();
    const { chat, controls } = await login(server, 'alice');
    controls.failNextSend = new ChatError('TIMEOUT', 'timed out');
    expect((await rejection(chat.send('p2p-bob', { type: 'text', body: 'x' }))).code).toBe(
      'TIMEOUT',
    );
    const failed = selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1');
    expect(failed).toMatchObject({ status: 'sendFailed', error: { code: 'TIMEOUT' } });
    if (!failed) throw new Error('missing');
    const resent = await chat.resend(failed);
    expect(resent.idClient).toBe('alice-1');
    expect(selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1')?.status).toBe(
      'sent',
    );
    expect(
      selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1')?.error,
    ).toBeUndefined();
    expect((await rejection(chat.resend(resent))).code).toBe('INVALID_STATE');
  });

  it('reports upload progress and cancels to UPLOAD_CANCELLED', async () => {
    const server = new FakeServer();
    const { chat, controls } = await login(server, 'alice');
    controls.gate = new Promise(() => {});
    const file = new Blob(['abc'], { type: 'image/png' });
    const pending = chat.send('p2p-bob', { type: 'image', file, name: 'a.png' });
    await flush();
    const uploading = selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1');
    expect(uploading).toMatchObject({ status: 'sending', progress: 0.5, type: 'image' });
    expect(uploading?.attach).toMatchObject({ name: 'a.png', size: 3, mime: 'image/png' });
    chat.cancelUpload('alice-1');
    expect((await rejection(pending)).code).toBe('UPLOAD_CANCELLED');
    expect(selectMessage(chat.store.getState().messages['p2p-bob'], 'alice-1')).toMatchObject({
      status: 'sendFailed',
      error: { code: 'UPLOAD_CANCELLED' },
    });
  });

  it('rejects empty text and bad session ids with INVALID_ARGUMENT', async () => {
    const { chat } = await login(new FakeServer(), 'alice');
    expect((await rejection(chat.send('p2p-bob', { type: 'text', body: '  ' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect((await rejection(chat.send('room-1', { type: 'text', body: 'x' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('forwards a copy with a new idClient (send fallback)', async () => {
    const server = new FakeServer();
    const { chat } = await login(server, 'alice');
    const original = await chat.send('p2p-bob', {
      type: 'geo',
      attach: { lat: 30.2, lng: 120.18, title: 'Hangzhou' },
    });
    const copy = await chat.forward(original, 'p2p-carol');
    expect(copy).toMatchObject({
      sessionId: 'p2p-carol',
      type: 'geo',
      body: 'Hangzhou',
      attach: original.attach,
    });
    expect(copy.idClient).not.toBe(original.idClient);
  });

  it('recalls on both sides; never-sent and expired messages fail with codes', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    const bob = await login(server, 'bob');
    const sent = await alice.chat.send('p2p-bob', { type: 'text', body: 'oops' });
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.unread).toBe(1);
    await alice.chat.recall(sent);
    expect(selectSession(alice.chat.store.getState(), 'p2p-bob')?.lastMsg?.recall?.by).toBe(
      'alice',
    );
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')).toMatchObject({ unread: 0 });
    expect(selectSession(bob.chat.store.getState(), 'p2p-alice')?.lastMsg?.recall?.by).toBe(
      'alice',
    );
    const unsent = {
      ...sent,
      idClient: 'local',
      idServer: '',
      status: 'sendFailed' as const,
      recall: undefined,
    };
    expect((await rejection(alice.chat.recall(unsent))).code).toBe('NOT_FOUND');
    const old = await alice.chat.send('p2p-bob', { type: 'text', body: 'old' });
    server.clock += 200_000;
    expect((await rejection(alice.chat.recall(old))).code).toBe('RECALL_EXPIRED');
  });
});

describe('createChat: history windows', () => {
  it('pages older history by cursor until a short page ends it', async () => {
    const server = new FakeServer();
    const bob = await login(server, 'bob');
    for (let i = 0; i < 5; i++) await bob.chat.send('p2p-alice', { type: 'text', body: `m${i}` });
    const adapterAlice = await login(server, 'alice');
    const { chat } = adapterAlice;
    const paged = await import('./createChat.ts');
    const small = paged.createChat({ adapter: chat.adapter, historyPageSize: 2 });
    await small.connect();
    await small.openSession('p2p-bob');
    const bodies = () => {
      const w = small.store.getState().messages['p2p-bob'];
      return w ? w.ids.map((id) => selectMessage(w, id)?.body) : [];
    };
    expect(bodies()).toEqual(['m3', 'm4']);
    await small.loadOlder('p2p-bob');
    await small.loadOlder('p2p-bob');
    expect(bodies()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(small.store.getState().messages['p2p-bob']).toMatchObject({
      hasMoreOlder: false,
      olderCursor: '',
    });
  });

  it('deletes messages from my history only', async () => {
    const server = new FakeServer();
    const alice = await login(server, 'alice');
    const bob = await login(server, 'bob');
    const first = await alice.chat.send('p2p-bob', { type: 'text', body: 'a' });
    await alice.chat.send('p2p-bob', { type: 'text', body: 'b' });
    await alice.chat.deleteMessages('p2p-bob', [first.idClient]);
    expect(alice.chat.store.getState().messages['p2p-bob']?.ids).toEqual(['alice-2']);
    await bob.chat.openSession('p2p-alice');
    expect(bob.chat.store.getState().messages['p2p-alice']?.ids).toHaveLength(2);
  });
});

describe('createChat: local sessions', () => {
  it('insertLocalSession is newest unless given a time; updateLocalSession and drafts stay local', async () => {
    const server = new FakeServer();
    const { chat, controls } = await login(server, 'alice');
    await chat.send('p2p-bob', { type: 'text', body: 'x' });
    const inserted = chat.insertLocalSession({ scene: 'team', to: '113879441' });
    expect(inserted).toMatchObject({ id: 'team-113879441', lastMsg: null, unread: 0 });
    expect(chat.store.getState().sessions.order[0]).toBe('team-113879441');
    const older = chat.insertLocalSession({ scene: 'p2p', to: 'zed', updateTime: 1 });
    expect(chat.store.getState().sessions.order.at(-1)).toBe(older.id);
    const calls = controls.calls.length;
    chat.updateLocalSession('p2p-bob', { color: 'red' });
    chat.setDraft('p2p-bob', 'half a thought');
    chat.updateLocalSession('p2p-nobody', { ignored: true });
    expect(selectSession(chat.store.getState(), 'p2p-bob')).toMatchObject({
      localCustom: { color: 'red' },
      draft: 'half a thought',
    });
    expect(selectSession(chat.store.getState(), 'p2p-nobody')).toBeUndefined();
    expect(controls.calls.length).toBe(calls);
  });
});
