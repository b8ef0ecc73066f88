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

  it('servers that cannot be reached fail with NOT_CONNECTED, saying so', async () => {
    const { adapter, open } = await signedOut();
    // What easemob-websdk 4.21.1 rejects with in a browser that reaches no Easemob server.
    open.mockRejectedValueOnce({ type: 304, message: 'get DNS failed' });
    await expect(adapter.connect()).rejects.toMatchObject({
      code: 'NOT_CONNECTED',
      message: "Easemob's servers could not be reached (get DNS failed)",
      details: { easemobCode: 304 },
    });
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

  it('a sign-in elsewhere (206) reports disconnected with NOT_CONNECTED saying why', async () => {
    const { adapter, conn, events } = await signedOut();
    await adapter.connect();
    conn.kick();
    expect(events.at(-1)).toMatchObject({
      type: 'connection',
      status: 'disconnected',
      error: { code: 'NOT_CONNECTED', message: expect.stringContaining('206') },
    });
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
