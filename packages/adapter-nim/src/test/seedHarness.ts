import type { AdapterEvent, Chat, Message } from '@parley/core';
import { createChat } from '@parley/core';
import { text } from '@parley/core/testing';
import { onTestFinished, vi } from 'vitest';
import { FakeNimCloud } from './FakeNimCloud.ts';
import { type NimDevice, nimDevice } from './nimFactory.ts';

/** A fresh fake cloud for one test, closed when the test ends. */
export async function openCloud(options: { recallWindowMs?: number } = {}) {
  const cloud = await FakeNimCloud.open(options);
  const devices: NimDevice[] = [];
  onTestFinished(async () => {
    await Promise.all(devices.map((d) => d.adapter.disconnect()));
    await cloud.close();
  });
  const device = async (account: string, cloudSessions = false) => {
    const signed = await nimDevice(cloud, account, { cloudSessions });
    const events: AdapterEvent[] = [];
    signed.adapter.subscribe((e) => events.push(e));
    devices.push(signed);
    return { ...signed, events };
  };
  return { cloud, device };
}

/** A Chat (store + controller) over an adapter, destroyed when the test ends. */
export async function chatOn(device: NimDevice): Promise<Chat> {
  const chat = createChat({ adapter: device.adapter });
  onTestFinished(() => chat.destroy());
  await chat.connect();
  return chat;
}

/** Sends a text and returns the accepted message. */
export function say(device: NimDevice, to: string, body: string): Promise<Message> {
  return device.adapter.send(text(to, body));
}

/** Waits until `check` passes (events cross the fake's async links). */
export function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 2000, interval: 5 });
}
