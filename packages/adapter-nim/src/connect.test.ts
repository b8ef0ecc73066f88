import type { AdapterEvent } from '@parley/core';
import { expectCode, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createNimAdapter } from './createNimAdapter.ts';
import type { NimAdapterOptions } from './NimAdapterOptions.ts';
import { FakeNimCloud } from './test/FakeNimCloud.ts';
import { fakeInstance, nimDevice } from './test/nimFactory.ts';
import { eventually } from './test/seedHarness.ts';

/** Alice's SDK instance and an adapter over it, not yet connected. */
async function signedOut(options: Omit<NimAdapterOptions, 'nim'> = {}) {
  const cloud = await FakeNimCloud.open();
  const nim = fakeInstance(cloud, 'alice', 'alice-token');
  const adapter = createNimAdapter({ nim, ...options });
  const events: AdapterEvent[] = [];
  adapter.subscribe((event) => events.push(event));
  onTestFinished(async () => {
    await adapter.disconnect();
    await cloud.close();
  });
  return { cloud, nim, adapter, events };
}

describe('connect', () => {
  it('a refused login fails with AUTH_FAILED and leaves the adapter signed out', async () => {
    const { cloud, adapter, events } = await signedOut();
    cloud.tokens.set('alice', 'another-token');
    await expectCode(adapter.connect(), 'AUTH_FAILED');
    expect(events.at(-1)).toEqual({ type: 'connection', status: 'disconnected' });
    await expectCode(adapter.getSessions({}), 'NOT_CONNECTED');
  });

  it('servers that cannot be reached fail with NOT_CONNECTED, saying so', async () => {
    const { nim, adapter } = await signedOut();
    // What nim-web-sdk-ng 10.8.1 rejects with once no link server answered: no status code.
    vi.spyOn(nim, 'connect').mockRejectedValueOnce(
      new Error('clientSocketV1::socket xhr or socket connect failed'),
    );
    await expect(adapter.connect()).rejects.toMatchObject({
      code: 'NOT_CONNECTED',
      message: expect.stringMatching(/^NetEase IM's servers could not be reached/),
    });
  });

  it('a sign-in that never answers fails with TIMEOUT and signs the SDK out', async () => {
    const { nim, adapter, events } = await signedOut({ connectTimeoutMs: 50 });
    vi.spyOn(nim, 'connect').mockReturnValueOnce(new Promise<void>(() => undefined));
    const disconnect = vi.spyOn(nim, 'disconnect');
    await expectCode(adapter.connect(), 'TIMEOUT');
    expect(disconnect).toHaveBeenCalledOnce();
    expect(events.at(-1)).toEqual({ type: 'connection', status: 'disconnected' });
  });

  it('a login sync that never finishes fails with TIMEOUT too', async () => {
    const { nim, adapter } = await signedOut({ connectTimeoutMs: 50 });
    // Signed in, but `syncdone` never comes.
    vi.spyOn(nim, 'connect').mockResolvedValueOnce(undefined);
    const disconnect = vi.spyOn(nim, 'disconnect');
    await expectCode(adapter.connect(), 'TIMEOUT');
    expect(disconnect).toHaveBeenCalledOnce();
  });

  it('connects on a later try after a failed one, and hears each message once', async () => {
    const { cloud, nim, adapter, events } = await signedOut({ connectTimeoutMs: 50 });
    vi.spyOn(nim, 'connect').mockReturnValueOnce(new Promise<void>(() => undefined));
    await expectCode(adapter.connect(), 'TIMEOUT');

    await expect(adapter.connect()).resolves.toEqual({ account: 'alice' });
    const bob = await nimDevice(cloud, 'bob');
    onTestFinished(() => bob.adapter.disconnect());
    const sent = await bob.adapter.send(text('alice', 'hello again'));
    await eventually(() =>
      expect(events.filter((e) => e.type === 'message')).toEqual([
        { type: 'message', message: expect.objectContaining({ idClient: sent.idClient }) },
      ]),
    );
  });
});
