import { selectSession } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { loaded, world } from '../test/world.ts';

describe('createChat over the embedded backend: message status', () => {
  it('turns an incoming message read once the session is read, as history says', async () => {
    const { open } = await world();
    const alice = await open('alice');
    const bob = await open('bob');
    await alice.openSession('p2p-bob');
    const hello = await bob.send('p2p-alice', { type: 'text', body: 'hello' });
    await vi.waitFor(() => expect(loaded(alice, 'p2p-bob', hello.idClient)?.status).toBe('unread'));
    await alice.markSessionRead('p2p-bob');
    const page = await alice.adapter.getHistory({ sessionId: 'p2p-bob' });
    expect(page.items[0]?.status).toBe('read');
    expect(loaded(alice, 'p2p-bob', hello.idClient)?.status).toBe('read');
    expect(selectSession(alice.store.getState(), 'p2p-bob')?.lastMsg?.status).toBe('read');
  });

  it("turns my p2p message read once the peer's receipt covers it", async () => {
    const { open } = await world();
    const alice = await open('alice');
    const bob = await open('bob');
    await bob.openSession('p2p-alice');
    const hello = await bob.send('p2p-alice', { type: 'text', body: 'hello' });
    expect(loaded(bob, 'p2p-alice', hello.idClient)?.status).toBe('sent');
    await vi.waitFor(() => expect(selectSession(alice.store.getState(), 'p2p-bob')).toBeDefined());
    await alice.markSessionRead('p2p-bob');
    await vi.waitFor(() =>
      expect(selectSession(bob.store.getState(), 'p2p-alice')?.msgReceiptTime).toBe(hello.time),
    );
    expect(loaded(bob, 'p2p-alice', hello.idClient)?.status).toBe('read');
    expect(selectSession(bob.store.getState(), 'p2p-alice')?.lastMsg?.status).toBe('read');
  });

  it('reads on one device turn the messages read on the other', async () => {
    const { open } = await world();
    const phone = await open('alice');
    const laptop = await open('alice');
    const bob = await open('bob');
    await laptop.openSession('p2p-bob');
    const hello = await bob.send('p2p-alice', { type: 'text', body: 'hello' });
    await vi.waitFor(() => expect(selectSession(phone.store.getState(), 'p2p-bob')).toBeDefined());
    await phone.markSessionRead('p2p-bob');
    await vi.waitFor(() => expect(loaded(laptop, 'p2p-bob', hello.idClient)?.status).toBe('read'));
    expect(selectSession(laptop.store.getState(), 'p2p-bob')?.lastMsg?.status).toBe('read');
  });

  it('keeps team messages of mine sent, with their read counts', async () => {
    const { server, open } = await world();
    const team = await server.createTeam({ owner: 'alice', members: ['bob', 'carol'] });
    const alice = await open('alice');
    const bob = await open('bob');
    await alice.openSession(`team-${team.teamId}`);
    const news = await alice.send(`team-${team.teamId}`, { type: 'text', body: 'news' });
    await vi.waitFor(() =>
      expect(selectSession(bob.store.getState(), `team-${team.teamId}`)).toBeDefined(),
    );
    await bob.markSessionRead(`team-${team.teamId}`);
    await vi.waitFor(() =>
      expect(loaded(alice, `team-${team.teamId}`, news.idClient)?.teamReceipt).toEqual({
        read: 1,
        unread: 1,
      }),
    );
    expect(loaded(alice, `team-${team.teamId}`, news.idClient)?.status).toBe('sent');
    expect(selectSession(bob.store.getState(), `team-${team.teamId}`)?.lastMsg?.status).toBe(
      'read',
    );
  });
});
