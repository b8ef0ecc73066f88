import type { AdapterEvent } from '@parley/core';
import { expectCode } from '@parley/core/testing';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createEasemobAdapter } from './createEasemobAdapter.ts';
import type { EasemobConnection } from './EasemobConnection.ts';
import { FakeConnection } from './test/FakeConnection.ts';
import { FakeEasemobCloud } from './test/FakeEasemobCloud.ts';
import { eventually } from './test/seedHarness.ts';

/** Alice's connection and an adapter over it, not yet connected. */
async function signedOut(connectTimeoutMs?: number) {
  const cloud = await FakeEasemobCloud.open();
  const conn = new FakeConnection(cloud);
  const open = vi.fn(() => conn.open({ user: 'alice', accessToken: 'alice-token' }));
  const adapter = createEasemobAdapter({
    conn,
    open,
    ...(connectTimeoutMs ? { connectTimeoutMs } : {}),
  });
  const events: AdapterEvent[] = [];
  adapter.subscribe((event) => events.push(event));
  onTestFinished(async () => {
    await adapter.disconnect();
    await cloud.close();
  });
  return { cloud, conn, open, adapter, events };
}

describe('connect', () => {
  it('signs in with the app’s own open call and reports the user', async () => {
    const { adapter, open } = await signedOut();
    expect(await adapter.connect()).toEqual({ account: 'alice' });
    expect(open).toHaveBeenCalledOnce();
  });

  it('a connection the app already opened is used as it is', async () => {
    const { adapter, conn, open } = await signedOut();
    await conn.open({ user: 'alice', accessToken: 'alice-token' });
    await adapter.connect();
    expect(open).not.toHaveBeenCalled();
  });

  it('a refused token fails with AUTH_FAILED and leaves the adapter signed out', async () => {
    const { cloud, adapter, events } = await signedOut();
    cloud.tokens.set('alice', 'another-token');
    await expectCode(adapter.connect(), 'AUTH_FAILED');
    expect(events.at(-1)).toEqual({ type: 'connection', status: 'disconnected' });
    await expectCode(adapter.getSessions({}), 'NOT_CONNECTED');
  });

  it('a sign-in that never answers fails with TIMEOUT and closes the connection', async () => {
    const { adapter, conn, open } = await signedOut(50);
    open.mockReturnValueOnce(new Promise(() => undefined));
    const close = vi.spyOn(conn, 'close');
    await expectCode(adapter.connect(), 'TIMEOUT');
    expect(close).toHaveBeenCalledOnce();
  });

  it('a dropped network reports disconnected; disconnect closes without a second report', async () => {
    const { adapter, conn, events } = await signedOut();
    await adapter.connect();
    conn.dropNetwork();
    await eventually(() =>
      expect(events.at(-1)).toMatchObject({ type: 'connection', status: 'disconnected' }),
    );
    const before = events.length;
    await adapter.disconnect();
    expect(events.slice(before)).toEqual([{ type: 'connection', status: 'disconnected' }]);
  });

  it('rejects what is not a connection, and a missing open, with INVALID_ARGUMENT', async () => {
    const bare = {} as EasemobConnection;
    expect(() => createEasemobAdapter({ conn: bare, open: async () => undefined })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const conn = new FakeConnection(await FakeEasemobCloud.open());
    // @ts-expect-error plain JavaScript callers may leave it out
    expect(() => createEasemobAdapter({ conn })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
