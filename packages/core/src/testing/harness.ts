import { expect, onTestFinished } from 'vitest';
import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { ChatAdapter, SendRequest } from '../model/ChatAdapter.ts';
import type { ChatErrorCode } from '../model/ChatError.ts';
import { isChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import type { Scene } from '../model/SessionId.ts';
import type { ConformanceBackend, ConformanceFactory, ConformanceOptions } from './types.ts';

/** How long the suite waits for a pushed event, ms. */
const EVENT_TIMEOUT = 3000;

/** A connected device and the events it received. */
export interface Device {
  /** The account signed in on the device. */
  account: string;
  adapter: ChatAdapter;
  events: AdapterEvent[];
  /** Resolves with the first received event (past or future) that matches. */
  waitFor<T extends AdapterEvent['type']>(
    type: T,
    match?: (event: Extract<AdapterEvent, { type: T }>) => boolean,
  ): Promise<Extract<AdapterEvent, { type: T }>>;
}

function isType<T extends AdapterEvent['type']>(
  event: AdapterEvent,
  type: T,
): event is Extract<AdapterEvent, { type: T }> {
  return event.type === type;
}

/** A fresh backend for this test, closed when the test ends. */
export async function setup(
  factory: ConformanceFactory,
  options: ConformanceOptions = {},
): Promise<ConformanceBackend & { device(account: string): Promise<Device> }> {
  const backend = await factory(options);
  onTestFinished(() => backend.close());
  return {
    ...backend,
    async device(account) {
      const adapter = await backend.connect(account);
      const events: AdapterEvent[] = [];
      const waiters = new Set<() => void>();
      adapter.subscribe((event) => {
        events.push(event);
        for (const wake of [...waiters]) wake();
      });
      return {
        account,
        adapter,
        events,
        waitFor(type, match = () => true) {
          return new Promise((resolve, reject) => {
            const check = () => {
              const found = events.find(
                (e): e is Extract<AdapterEvent, { type: typeof type }> =>
                  isType(e, type) && match(e),
              );
              if (!found) return false;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(found);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(new Error(`No "${type}" event on ${account} within ${EVENT_TIMEOUT} ms`));
            }, EVENT_TIMEOUT);
            waiters.add(check);
            check();
          });
        },
      };
    },
  };
}

let counter = 0;

/** A fresh client id. */
export function uid(prefix = 'm'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A text send request. */
export function text(to: string, body: string, scene: Scene = 'p2p'): SendRequest {
  return { idClient: uid(), scene, to, type: 'text', body };
}

/** Sends `count` texts one after the other and returns them as accepted. */
export async function sendMany(
  adapter: ChatAdapter,
  to: string,
  count: number,
  scene: Scene = 'p2p',
): Promise<Message[]> {
  const sent: Message[] = [];
  for (let i = 0; i < count; i++) sent.push(await adapter.send(text(to, `msg ${i}`, scene)));
  return sent;
}

/** Every session of the account, all pages. */
export async function allSessions(adapter: ChatAdapter): Promise<Session[]> {
  const sessions: Session[] = [];
  let cursor = '';
  do {
    const page = await adapter.getSessions({ cursor, limit: 100 });
    sessions.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return sessions;
}

/** One session from the list, or undefined. */
export async function findSession(adapter: ChatAdapter, id: string): Promise<Session | undefined> {
  return (await allSessions(adapter)).find((s) => s.id === id);
}

/** Every history message of a session, newest first. */
export async function allHistory(adapter: ChatAdapter, sessionId: string): Promise<Message[]> {
  const messages: Message[] = [];
  let cursor = '';
  do {
    const page = await adapter.getHistory({ sessionId, cursor, limit: 100 });
    messages.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return messages;
}

/** Every history page of a session, newest page first, `limit` messages a page. */
export async function historyPages(
  adapter: ChatAdapter,
  sessionId: string,
  limit: number,
): Promise<Message[][]> {
  const pages: Message[][] = [];
  let cursor = '';
  do {
    const page = await adapter.getHistory({ sessionId, cursor, limit });
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor);
  return pages;
}

/** Asserts that a promise rejects with a `ChatError` of this code. */
export async function expectCode(promise: Promise<unknown>, code: ChatErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isChatError(error), `expected a ChatError ${code}, got ${String(error)}`).toBe(true);
  expect(isChatError(error) ? error.code : undefined).toBe(code);
}

/** Waits `ms` of real time. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
