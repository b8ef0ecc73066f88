import { selectSession, windowMessages } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { codeOf, world } from '../test/world.ts';

describe('createChat over the embedded backend: what a send keeps', () => {
  it('rejects a text above the limit with TEXT_TOO_LONG and sends nothing', async () => {
    const { open } = await world();
    const alice = await open('alice');
    const megabyte = 'x'.repeat(1024 * 1024);
    expect(await codeOf(alice.send('p2p-bob', { type: 'text', body: megabyte }))).toBe(
      'TEXT_TOO_LONG',
    );
    expect(selectSession(alice.store.getState(), 'p2p-bob')).toBeUndefined();
    expect((await alice.adapter.getHistory({ sessionId: 'p2p-bob' })).items).toEqual([]);
    const short = await open('alice', { maxTextLength: 10 });
    expect(await codeOf(short.send('p2p-bob', { type: 'text', body: 'x'.repeat(11) }))).toBe(
      'TEXT_TOO_LONG',
    );
    await short.send('p2p-bob', { type: 'text', body: 'x'.repeat(10) });
  });

  it('sends nothing and makes no session for a team that does not exist', async () => {
    const { open } = await world();
    const alice = await open('alice');
    expect(await codeOf(alice.send('team-404', { type: 'text', body: 'anyone?' }))).toBe(
      'NOT_FOUND',
    );
    const state = alice.store.getState();
    expect(selectSession(state, 'team-404')).toBeUndefined();
    expect(windowMessages(state.messages['team-404'])).toEqual([]);
  });
});
