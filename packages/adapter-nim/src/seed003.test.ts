import { expectCode } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { eventually, openCloud, say } from './test/seedHarness.ts';

// Seed 003: server-side sessions (nim.cloudSession), behind the adapter's `cloudSessions` option.
describe('seed 003 · Server-side session', () => {
  it('Edit the extension field: a missing session is created, without lastMsg', async () => {
    const { device } = await openCloud();
    const me = await device('me', true);
    const created = await me.adapter.setSessionExt?.('p2p-zed', 'ext-1');
    expect(created).toMatchObject({ id: 'p2p-zed', ext: 'ext-1', lastMsg: null });
    expect(await me.nim.cloudSession.queryCloudSession({ sessionId: 'p2p-zed' })).toMatchObject({
      ext: 'ext-1',
    });
  });

  it('Get the specified session: with its ext and last message', async () => {
    const { device } = await openCloud();
    const me = await device('me', true);
    const sent = await say(me, 'bob', 'latest');
    await me.adapter.setSessionExt?.('p2p-bob', 'pinned-note');
    expect(await me.adapter.getSession?.('p2p-bob')).toMatchObject({
      ext: 'pinned-note',
      lastMsg: { idClient: sent.idClient },
    });
  });

  it('Delete server sessions: deleting a session deletes the server session too', async () => {
    const { device } = await openCloud();
    const me = await device('me', true);
    await say(me, 'bob', 'x');
    await me.adapter.deleteSessions(['p2p-bob'], { clearHistory: false });
    await expect(
      me.nim.cloudSession.queryCloudSession({ sessionId: 'p2p-bob' }),
    ).rejects.toMatchObject({ code: 404 });
  });

  it('Listen for updates of server-side sessions: other devices receive sessionUpdated', async () => {
    const { device } = await openCloud();
    const phone = await device('me', true);
    const laptop = await device('me', true);
    await phone.adapter.setSessionExt?.('team-113879441', 'muted-note');
    await eventually(() =>
      expect(laptop.events).toContainEqual(
        expect.objectContaining({
          type: 'sessionUpdated',
          session: expect.objectContaining({ id: 'team-113879441', ext: 'muted-note' }),
        }),
      ),
    );
  });

  it('Unread count is not supported there: without the service, setSessionExt is absent', async () => {
    const { device } = await openCloud();
    const me = await device('me');
    expect(me.adapter.setSessionExt).toBeUndefined();
    await expectCode(me.adapter.getHistory({ sessionId: 'p2p' }), 'INVALID_ARGUMENT');
  });
});
