import { localSessions, sessionList, windowMessages } from '@parley/core';
import { queryLocalSessions } from '@parley/core/rules';
import { describe, expect, it } from 'vitest';
import { world } from '../test/world.ts';

describe('createChat over the embedded backend: local session queries', () => {
  it('gives a session whose newest message is excluded its newest remaining one', async () => {
    const { open } = await world();
    const alice = await open('alice');
    const bob = await open('bob');
    const text = await bob.send('p2p-alice', { type: 'text', body: 'real news' });
    await bob.send('p2p-alice', { type: 'tip', body: 'bob changed his name' });
    await alice.openSession('p2p-bob');
    const state = alice.store.getState();
    const query = { excludeLastMsgTypes: ['tip'] } as const;
    const held = (id: string) => windowMessages(state.messages[id]).reverse();
    const found = queryLocalSessions(sessionList(state), query, held);
    expect(found.map((s) => [s.id, s.lastMsg?.idClient])).toEqual([['p2p-bob', text.idClient]]);
    expect(localSessions(state, query)).toEqual(found);
  });
});
