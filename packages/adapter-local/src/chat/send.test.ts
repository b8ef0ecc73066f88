import { type Message, selectSession, sessionList, windowMessages } from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { codeOf, world } from '../test/world.ts';

describe('createChat over the embedded backend: what a send keeps', () => {
  it('keeps the file name given to send on both sides, also on resend', async () => {
    const { open } = await world();
    let failing = true;
    const alice = await open('alice', {}, { failSend: () => failing });
    const bob = await open('bob');
    const file = new Blob(['zip bytes'], { type: 'application/zip' });
    const nameOf = (message: Message | null | undefined) =>
      message?.type === 'file' ? message.attach?.name : undefined;
    const failed = await alice
      .send('p2p-bob', { type: 'file', file, name: 'report.zip' })
      .catch(() => sessionList(alice.store.getState())[0]?.lastMsg);
    expect(failed?.status).toBe('sendFailed');
    failing = false;
    const sent = failed ? await alice.resend(failed) : undefined;
    expect(nameOf(sent)).toBe('report.zip');
    await vi.waitFor(() =>
      expect(nameOf(selectSession(bob.store.getState(), 'p2p-alice')?.lastMsg)).toBe('report.zip'),
    );
    const [stored] = (await bob.adapter.getHistory({ sessionId: 'p2p-alice' })).items;
    expect(nameOf(stored)).toBe('report.zip');
    const again = await alice.send('p2p-bob', { type: 'file', file, name: 'notes.zip' });
    expect(nameOf(again)).toBe('notes.zip');
  });

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
