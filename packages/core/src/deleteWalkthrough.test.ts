import { describe, expect, it } from 'vitest';
import { selectMessage, selectSession } from './store/selectors.ts';
import { FakeServer } from './test/FakeServer.ts';
import { login } from './test/login.ts';

describe('delete sessions across three logins (seed 000)', () => {
  it('local delete comes back at the next login; delete with history does not', async () => {
    const server = new FakeServer();
    const cs1 = await login(server, 'cs1');
    await cs1.chat.send('p2p-me', { type: 'text', body: 'one' });
    await cs1.chat.send('p2p-me', { type: 'text', body: 'two' });

    // first time init: deleteAllSessionsFromLocal → getSession('p2p-cs1') is undefined
    const first = await login(server, 'me');
    expect(selectSession(first.chat.store.getState(), 'p2p-cs1')).toBeDefined();
    first.chat.deleteAllLocalSessions();
    expect(selectSession(first.chat.store.getState(), 'p2p-cs1')).toBeUndefined();
    expect(first.controls.calls).not.toContain('deleteSessions');
    first.chat.destroy();

    // second time init: it is back; unpin, then delete with isSyncToServer
    const second = await login(server, 'me');
    const back = selectSession(second.chat.store.getState(), 'p2p-cs1');
    expect(back?.lastMsg?.body).toBe('two');
    await second.chat.pin('p2p-cs1');
    await second.chat.deleteSession('p2p-cs1', { clearHistory: true, unpin: true });
    expect(selectSession(second.chat.store.getState(), 'p2p-cs1')).toBeUndefined();
    second.chat.destroy();

    // third time init: still gone
    const third = await login(server, 'me');
    expect(selectSession(third.chat.store.getState(), 'p2p-cs1')).toBeUndefined();
    expect(server.account('me').pins.get('p2p-cs1')).toBeUndefined();

    // a newer message brings it back, with only the new message
    await cs1.chat.send('p2p-me', { type: 'text', body: 'three' });
    const revived = selectSession(third.chat.store.getState(), 'p2p-cs1');
    expect(revived).toMatchObject({ unread: 1 });
    expect(revived?.lastMsg?.body).toBe('three');
    await third.chat.openSession('p2p-cs1');
    const window = third.chat.store.getState().messages['p2p-cs1'];
    expect(window?.ids.map((id) => selectMessage(window, id)?.body)).toEqual(['three']);
  });

  it('a local delete does not unpin on the server unless asked', async () => {
    const server = new FakeServer();
    const bob = await login(server, 'bob');
    await bob.chat.send('p2p-me', { type: 'text', body: 'hi' });
    const me = await login(server, 'me');
    await me.chat.pin('p2p-bob');
    await me.chat.deleteSession('p2p-bob');
    expect(server.account('me').pins.get('p2p-bob')?.isStickOnTop).toBe(true);
    const next = await login(server, 'me');
    expect(selectSession(next.chat.store.getState(), 'p2p-bob')?.stickTopInfo.isStickOnTop).toBe(
      true,
    );
  });
});
