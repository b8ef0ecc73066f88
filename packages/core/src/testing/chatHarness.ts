import { expect, it, onTestFinished } from 'vitest';
import type { Chat } from '../Chat.ts';
import { createChat } from '../createChat.ts';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import type { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { memoryOutbox } from '../outbox/memoryOutbox.ts';
import type { ChatState } from '../store/ChatState.ts';
import { selectMessage } from '../store/selectors.ts';
import { type Device, setup } from './harness.ts';
import type { ConformanceFactory } from './types.ts';

/** How long the suite waits for a chat's store to reach a state, ms. */
const STATE_TIMEOUT = 3000;

/** Fault hooks: adapter methods that reject once, each with its error. */
export type Faults = Partial<Record<keyof ChatAdapter, ChatError>>;

/**
 * The device's adapter seen through fault hooks: a method named in `faults` rejects once with
 * its error; `connect` and `disconnect` leave the device's link as the backend made it.
 */
function faulty(device: Device, faults: Faults): ChatAdapter {
  const pending = new Map(Object.entries(faults));
  const adapter = device.adapter;
  return new Proxy(adapter, {
    get(target, property) {
      if (property === 'connect') return async () => ({ account: device.account });
      if (property === 'disconnect') return async () => undefined;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const fault = typeof property === 'string' ? pending.get(property) : undefined;
        if (!fault) return Reflect.apply(value, target, args);
        pending.delete(String(property));
        return Promise.reject(fault);
      };
    },
  });
}

/**
 * A `Chat` over a connected device (what an app runs), signed in, destroyed when the test
 * ends. `faults` makes adapter methods reject once, to see the chat roll back.
 */
export async function chatOn(device: Device, faults: Faults = {}): Promise<Chat> {
  const chat = createChat({ adapter: faulty(device, faults), persistence: memoryOutbox() });
  onTestFinished(() => chat.destroy());
  await chat.connect();
  return chat;
}

/** Resolves once the chat's state passes `check`; fails the test after a while. */
export function untilState(chat: Chat, check: (state: ChatState) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (!check(chat.store.getState())) return false;
      stop();
      resolve();
      return true;
    };
    const unsubscribe = chat.store.subscribe(() => done());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`The chat of ${chat.store.getState().me} did not reach the state`));
    }, STATE_TIMEOUT);
    const stop = () => {
      unsubscribe();
      clearTimeout(timer);
    };
    done();
  });
}

/** A loaded message of a chat, or a failed expectation. */
export function loaded(chat: Chat, sessionId: SessionId, idClient: string): Message {
  const message = selectMessage(chat.store.getState().messages[sessionId], idClient);
  expect(message, `${idClient} is not loaded in ${sessionId}`).toBeDefined();
  return message as Message;
}

/**
 * The one test of a part the adapter lacks: the adapter leaves it out, and a chat over the
 * adapter says so in `supports`, so the UI hides it.
 */
export function itIsAbsent(
  factory: ConformanceFactory,
  part: 'reply' | 'react' | 'edit',
  lacks: (adapter: ChatAdapter) => boolean,
): void {
  it(`is off in supports.${part} when the adapter lacks it`, async () => {
    const b = await setup(factory);
    const device = await b.device('alice');
    expect(lacks(device.adapter)).toBe(true);
    expect((await chatOn(device)).supports[part]).toBe(false);
  });
}
