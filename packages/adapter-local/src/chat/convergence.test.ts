import {
  type Chat,
  createChat,
  type Message,
  memoryOutbox,
  type SessionId,
  selectSession,
  summarizeReactions,
  windowMessages,
} from '@parley/core';
import { describe, expect, it, vi } from 'vitest';
import { createLocalAdapter, type LocalAdapter } from '../client/createLocalAdapter.ts';
import type { FaultOptions } from '../client/faults.ts';
import { createRandom } from '../peers/prng.ts';
import { LocalServer } from '../server/LocalServer.ts';
import { unreadCount } from '../server/sessions.ts';

/*
 * Five devices of three accounts chat in their p2p sessions and a team, recall, react, edit,
 * switch the conversation on screen, while one kind of fault hits every device. Then the
 * faults stop, failed sends are resent, and every device must agree with the server: each
 * message a user saw is on the server exactly once; each open window holds exactly the
 * server's messages, recalled where the server's are, with the server's text and reactions;
 * each session's unread and peer receipt are the server's.
 */

/** Messages sent per fault kind. */
const MESSAGES = 1000;
/** Short, so a catch-up reads back only part of a window (recalls can be no older). */
const RECALL_WINDOW_MS = 400;
const SEED = 12;

type Disruption = 'reconnect' | 'signOutIn' | null;
const KINDS: [string, FaultOptions, Disruption][] = [
  ['dropped events', { drop: 0.1 }, null],
  ['duplicated events', { duplicate: 0.2 }, null],
  ['reordered events', { reorder: 0.2 }, null],
  [
    'duplicated and reordered events, unrepaired',
    { duplicate: 0.2, reorder: 0.2, repair: false },
    null,
  ],
  ['sends that fail', { failSend: 0.1 }, null],
  ['sends whose answer is lost', { failSend: 0.1, failSendAt: 'response' }, null],
  ['network drops and reconnects', {}, 'reconnect'],
  ['sign-outs and sign-ins', {}, 'signOutIn'],
];

const DEVICES = [
  ['ann-phone', 'ann'],
  ['ann-laptop', 'ann'],
  ['ben-phone', 'ben'],
  ['ben-laptop', 'ben'],
  ['cat-phone', 'cat'],
] as const;

interface Device {
  account: string;
  adapter: LocalAdapter;
  chat: Chat;
  /** The sessions whose windows are open. */
  sessions: SessionId[];
  /** idClients of the messages this device showed as sending. */
  shown: string[];
  /** The disruption in progress (signed out or offline), and the call changing it. */
  away: boolean;
  busy: Promise<unknown> | null;
}

async function openWorld(faults: FaultOptions) {
  const server = await LocalServer.open({ recallWindowMs: RECALL_WINDOW_MS });
  await server.createTeam({ owner: 'ann', members: ['ben', 'cat'], teamId: 'crew' });
  const devices: Device[] = [];
  for (const [i, [name, account]] of DEVICES.entries()) {
    const adapter = createLocalAdapter({ server, account, faults: { ...faults, seed: SEED + i } });
    let n = 0;
    const chat = createChat({
      adapter,
      persistence: memoryOutbox(),
      createId: () => `${name}:${++n}`,
    });
    await chat.connect();
    const peers = DEVICES.map(([, a]) => a).filter((a) => a !== account);
    const sessions = [...new Set(peers)].map((a): SessionId => `p2p-${a}`);
    sessions.push('team-crew');
    for (const sessionId of sessions) await chat.openSession(sessionId);
    devices.push({ account, adapter, chat, sessions, shown: [], away: false, busy: null });
  }
  return { server, devices };
}

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

const KEYS = ['👍', '❤️', '😂'] as const;

/** One of the last messages of a window that stands (sent, not recalled), if any. */
function recent(device: Device, sessionId: SessionId, pick: <T>(list: readonly T[]) => T) {
  const window = device.chat.store.getState().messages[sessionId];
  const standing = (window ? windowMessages(window).slice(-8) : []).filter(
    (m) => m.idServer !== '' && !m.recall && m.type === 'text',
  );
  return standing.length > 0 ? pick(standing) : undefined;
}

/** Signs out or drops the network, or the reverse, unless a change is still running. */
function disrupt(device: Device, disruption: Exclude<Disruption, null>): void {
  if (device.busy) return;
  const { adapter, chat } = device;
  const change = device.away
    ? disruption === 'reconnect'
      ? adapter.goOnline()
      : chat.connect()
    : disruption === 'reconnect'
      ? Promise.resolve(adapter.goOffline())
      : chat.disconnect();
  device.away = !device.away;
  device.busy = change.finally(() => {
    device.busy = null;
  });
}

/** A recent message of mine that can still be recalled, if any. */
function recallable(device: Device, sessionId: SessionId) {
  const window = device.chat.store.getState().messages[sessionId];
  const recent = window ? windowMessages(window).slice(-5) : [];
  const now = device.chat.serverNow();
  return recent.find(
    (m) =>
      m.from === device.account &&
      m.status === 'sent' &&
      !m.recall &&
      now - m.time < RECALL_WINDOW_MS / 2,
  );
}

/** Plays the chat; returns how many disruptions it caused. */
async function play(devices: Device[], disruption: Disruption): Promise<number> {
  const random = createRandom(SEED);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  let disruptions = 0;
  for (let sent = 0, step = 1; sent < MESSAGES; step++) {
    if (step % 10 === 0) await macrotask();
    const device = pick(devices);
    const sessionId = pick(device.sessions);
    const roll = random();
    if (disruption && roll < 0.03) {
      disrupt(device, disruption);
      disruptions += 1;
    } else if (roll < 0.08) {
      const mine = recallable(device, sessionId);
      if (mine) device.chat.recall(mine).catch(() => undefined);
    } else if (roll < 0.14) device.chat.setActiveSession(random() < 0.2 ? null : sessionId);
    else if (roll < 0.2) {
      const message = recent(device, sessionId, pick);
      if (message) device.chat.react(message, pick(KEYS)).catch(() => undefined);
    } else if (roll < 0.23) {
      const message = recent(device, sessionId, pick);
      if (message?.from === device.account) {
        device.chat.edit(message, `${message.body} (edited at ${step})`).catch(() => undefined);
      }
    } else if (device.chat.store.getState().connection.status === 'connected') {
      const body = `${device.account} #${sent++}`;
      device.chat.send(sessionId, { type: 'text', body }).catch(() => undefined);
      const shown = windowMessages(device.chat.store.getState().messages[sessionId] ?? never());
      const last = shown.findLast((m) => m.body === body);
      if (last) device.shown.push(last.idClient);
    }
  }
  return disruptions;
}

/**
 * The faults stop: everyone is back, sends settle, failed ones are resent, gaps are fetched.
 * Returns how many sends had failed.
 */
async function heal(devices: Device[], disruption: Disruption): Promise<number> {
  for (const device of devices) {
    await device.busy;
    if (device.away && disruption) disrupt(device, disruption);
    await device.busy;
  }
  const pending = (status: 'sending' | 'sendFailed') =>
    devices.flatMap(({ chat, sessions }) =>
      sessions.flatMap((sessionId) =>
        windowMessages(chat.store.getState().messages[sessionId] ?? never())
          .filter((m) => m.status === status)
          .map((message) => ({ chat, message })),
      ),
    );
  // Sends the link lost went out again on the reconnect; the rest settle as usual.
  await vi.waitFor(() => expect(pending('sending')).toEqual([]), { timeout: 10_000 });
  // A user presses Resend until each failed message went out (faults may fail a resend too).
  const failed = pending('sendFailed').length;
  for (let round = 0; round < 20 && pending('sendFailed').length > 0; round++) {
    for (const { chat, message } of pending('sendFailed')) {
      await chat.resend(message).catch(() => undefined);
    }
  }
  for (const device of devices) {
    await device.adapter.sync();
    // The user scrolls each window from end to end: down where a catch-up stopped at its
    // bound, up where a window empty at sign-in opened at the newest page.
    for (const sessionId of device.sessions) {
      const window = () => device.chat.store.getState().messages[sessionId] ?? never();
      while (window().hasMoreNewer) await device.chat.loadNewer(sessionId);
      while (window().hasMoreOlder) await device.chat.loadOlder(sessionId);
    }
  }
  return failed;
}

/** Everything in which a device disagrees with the server, as readable lines. */
function disagreements(server: LocalServer, devices: Device[]): string[] {
  const { data } = server.state;
  const problems: string[] = [];
  const copies = new Map<string, number>();
  for (const message of data.byId.values()) {
    if (message.type === 'notification') continue;
    const body = message.recall?.original?.body ?? message.body;
    copies.set(body, (copies.get(body) ?? 0) + 1);
  }
  for (const [body, count] of copies) if (count > 1) problems.push(`${count} copies of ${body}`);
  for (const [i, device] of devices.entries()) {
    const name = DEVICES[i]?.[0] ?? '';
    const lost = device.shown.filter((id) => !data.byId.has(id));
    if (lost.length > 0) problems.push(`${name} lost ${lost.join(', ')}`);
    const state = device.chat.store.getState();
    for (const sessionId of device.sessions) {
      const where = `${name} ${sessionId}`;
      const shown = windowMessages(state.messages[sessionId] ?? never()).map(
        (m) =>
          `${m.idClient}${m.recall ? ' recalled' : ''}${m.status === 'sent' || m.status === 'read' || m.status === 'unread' ? '' : ` ${m.status}`}${interactions(m, device.account)}`,
      );
      const truth = data
        .conversation(device.account, sessionId)
        .map(
          (m) => `${m.idClient}${m.recall ? ' recalled' : ''}${interactions(m, device.account)}`,
        );
      const missing = truth.filter((m) => !shown.includes(m));
      const extra = shown.filter((m) => !truth.includes(m));
      if (missing.length > 0) problems.push(`${where} misses ${missing.slice(0, 5).join(', ')}`);
      if (extra.length > 0) problems.push(`${where} wrongly shows ${extra.slice(0, 5).join(', ')}`);
      if (missing.length === 0 && extra.length === 0 && shown.join() !== truth.join())
        problems.push(`${where} is out of order`);
      const session = selectSession(state, sessionId);
      const unread = unreadCount(data, device.account, sessionId);
      if ((session?.unread ?? 0) !== unread)
        problems.push(`${where} unread ${session?.unread} (server ${unread})`);
      const receipt = data.sessions.get(device.account)?.get(sessionId)?.msgReceiptTime ?? 0;
      if ((session?.msgReceiptTime ?? 0) !== receipt)
        problems.push(`${where} peer read up to ${session?.msgReceiptTime} (server ${receipt})`);
    }
  }
  return problems;
}

/** A message's edited text and its reactions as a viewer sees them, for comparison. */
function interactions(message: Message, viewer: string): string {
  const edited = message.editedAt === undefined ? '' : ` edited "${message.body}"`;
  const reactions = summarizeReactions(message.reactions, viewer)
    .map((r) => `${r.key}${[...r.accounts].sort().join('+')}`)
    .join(' ');
  return `${edited}${reactions ? ` ${reactions}` : ''}`;
}

describe('convergence under faults', () => {
  it.each(KINDS)(
    '%s: nothing lost, duplicated or wrong',
    { timeout: 60_000 },
    async (_kind, faults, disruption) => {
      const { server, devices } = await openWorld(faults);
      const disruptions = await play(devices, disruption);
      const failed = await heal(devices, disruption);
      // Read marks and receipts of the last messages may still be on their way.
      await vi.waitFor(() => expect(disagreements(server, devices)).toEqual([]), {
        timeout: 5000,
      });
      // The run did what it is about: users saw the messages, recalled, and the fault hit.
      expect(devices.reduce((sum, d) => sum + d.shown.length, 0)).toBeGreaterThan(MESSAGES * 0.9);
      const stored = [...server.state.data.byId.values()];
      expect(stored.filter((m) => m.recall).length).toBeGreaterThan(10);
      expect(stored.filter((m) => m.editedAt !== undefined).length).toBeGreaterThan(10);
      const reacted = stored.filter((m) => summarizeReactions(m.reactions, '').length > 0);
      expect(reacted.length).toBeGreaterThan(10);
      if (disruption) expect(disruptions).toBeGreaterThan(10);
      if (faults.failSend) expect(failed).toBeGreaterThan(10);
    },
  );
});

function never(): never {
  throw new Error('missing');
}
