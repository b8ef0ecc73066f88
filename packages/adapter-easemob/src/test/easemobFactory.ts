import type { ChatAdapter } from '@parley/core';
import type { ConformanceFactory } from '@parley/core/testing';
import { createEasemobAdapter } from '../createEasemobAdapter.ts';
import type { EasemobAdapterOptions } from '../EasemobAdapterOptions.ts';
import { FakeConnection } from './FakeConnection.ts';
import { FakeEasemobCloud } from './FakeEasemobCloud.ts';

/** A signed-in device: the fake connection and the adapter over it. */
export interface EasemobDevice {
  conn: FakeConnection;
  adapter: ChatAdapter;
}

/** Signs a new device of `user` in through the adapter, as an app would. */
export async function easemobDevice(
  cloud: FakeEasemobCloud,
  user: string,
  options: Omit<EasemobAdapterOptions, 'conn' | 'open'> = {},
): Promise<EasemobDevice> {
  const conn = new FakeConnection(cloud);
  const adapter = createEasemobAdapter({
    conn,
    open: () => conn.open({ user, accessToken: 'token' }),
    ...options,
  });
  await adapter.connect();
  return { conn, adapter };
}

/** The conformance factory: every connect is a new connection (device) on one fake cloud. */
export function easemobFactory(): ConformanceFactory {
  return async ({ recallWindowMs, editWindowMs }) => {
    const cloud = await FakeEasemobCloud.open({ recallWindowMs });
    const devices: EasemobDevice[] = [];
    return {
      async connect(user) {
        const device = await easemobDevice(cloud, user, { recallWindowMs, editWindowMs });
        devices.push(device);
        return device.adapter;
      },
      async createTeam({ owner, members, scene }) {
        return (await cloud.server.createTeam({ owner, members, scene })).teamId;
      },
      async close() {
        await Promise.all(devices.map((d) => d.adapter.disconnect()));
        await cloud.close();
      },
    };
  };
}
