import type { AdapterEvent, Chat, Message } from '@parley/core';
import { createChat } from '@parley/core';
import { text } from '@parley/core/testing';
import { onTestFinished, vi } from 'vitest';
import { type EasemobDevice, easemobDevice } from './easemobFactory.ts';
import { FakeEasemobCloud } from './FakeEasemobCloud.ts';

/** A fresh fake cloud for one test, closed when the test ends. */
export async function openCloud(options: { recallWindowMs?: number } = {}) {
  const cloud = await FakeEasemobCloud.open(options);
  const devices: EasemobDevice[] = [];
  onTestFinished(async () => {
    await Promise.all(devices.map((d) => d.adapter.disconnect()));
    await cloud.close();
  });
  const device = async (user: string) => {
    const signed = await easemobDevice(cloud, user, options);
    const events: AdapterEvent[] = [];
    signed.adapter.subscribe((e) => events.push(e));
    devices.push(signed);
    return { ...signed, events };
  };
  return { cloud, device };
}

/** A Chat (store + controller) over an adapter, destroyed when the test ends. */
export async function chatOn(device: EasemobDevice): Promise<Chat> {
  const chat = createChat({ adapter: device.adapter });
  onTestFinished(() => chat.destroy());
  await chat.connect();
  return chat;
}

/** Sends a text and returns the accepted message. */
export function say(device: EasemobDevice, to: string, body: string): Promise<Message> {
  return device.adapter.send(text(to, body));
}

/** Waits until `check` passes (events cross the fake's async links). */
export function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 2000, interval: 5 });
}

/** Sends `count` texts one after another and returns them, oldest first. */
export async function sayMany(
  device: EasemobDevice,
  to: string,
  count: number,
  scene: 'p2p' | 'team' = 'p2p',
): Promise<Message[]> {
  const sent: Message[] = [];
  for (let i = 0; i < count; i++) sent.push(await device.adapter.send(text(to, `msg ${i}`, scene)));
  return sent;
}
