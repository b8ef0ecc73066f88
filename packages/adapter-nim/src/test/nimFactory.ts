import type { ChatAdapter } from '@parley/core';
import type { ConformanceFactory } from '@parley/core/testing';
import { createNimAdapter } from '../createNimAdapter.ts';
import type { NimAdapterOptions } from '../NimAdapterOptions.ts';
import { FakeNim } from './FakeNim.ts';
import { FakeNimCloud } from './FakeNimCloud.ts';

/** A signed-in device: the fake SDK instance and the adapter over it. */
export interface NimDevice {
  nim: FakeNim;
  adapter: ChatAdapter;
}

/** Makes an SDK instance as an app would (`NIM.getInstance({ appkey, account, token })`). */
export function fakeInstance(cloud: FakeNimCloud, account: string, token = 'token'): FakeNim {
  return new FakeNim(cloud, { appkey: 'parley-test', account, token, debugLevel: 'off' });
}

/** Signs a new device of `account` in through the adapter. */
export async function nimDevice(
  cloud: FakeNimCloud,
  account: string,
  options: Omit<NimAdapterOptions, 'nim'> = {},
): Promise<NimDevice> {
  const nim = fakeInstance(cloud, account);
  const adapter = createNimAdapter({ nim, ...options });
  await adapter.connect();
  return { nim, adapter };
}

/** The conformance factory: every connect is a new SDK instance (device) on one fake cloud. */
export function nimFactory(options: Omit<NimAdapterOptions, 'nim'> = {}): ConformanceFactory {
  return async ({ recallWindowMs }) => {
    const cloud = await FakeNimCloud.open({ recallWindowMs });
    const devices: NimDevice[] = [];
    return {
      async connect(account) {
        const device = await nimDevice(cloud, account, { ...options, recallWindowMs });
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
