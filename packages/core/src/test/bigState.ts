import type { Message } from '../model/Message.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableFrom } from '../store/KeyedTable.ts';
import { emptyWindow } from '../store/messageWindow.ts';
import type { StoreEvent } from '../store/StoreEvent.ts';
import { session, textMessage } from './fixtures.ts';
import { stateAfter } from './stateAfter.ts';

/** A signed-in state with `count` sessions, `u0` newest (test and bench helper). */
export function bigState(count: number): ChatState {
  const sessions = Array.from({ length: count }, (_, i) => {
    const peer = `u${i}`;
    const time = 1_000_000 - i;
    const lastMsg = textMessage({ idClient: `last-${i}`, time, from: peer, peer });
    return session(peer, { updateTime: time, lastMsg, unread: i % 3, ack: time - 10 });
  });
  return stateAfter('me', [{ type: 'sessionSnapshots', sessions }]);
}

/** A message from `peer` newer than everything in {@link bigState}. */
export function newestFrom(peer: string, idClient: string): Message {
  return textMessage({ idClient, time: 2_000_000, from: peer, peer });
}

/**
 * {@link bigState} with the session of `peer` open and active, its window holding
 * `messages` loaded messages (bench helper).
 */
export function openSessionState(count: number, peer: string, messages: number): ChatState {
  const items = Array.from({ length: messages }, (_, i) =>
    textMessage({ idClient: `old-${i}`, time: 500_000 + i, from: i % 2 ? 'me' : peer, peer }),
  );
  return stateAfter(
    'me',
    [
      {
        type: 'historyPage',
        sessionId: `p2p-${peer}`,
        direction: 'latest',
        page: { items: items.reverse(), cursor: '', hasMore: false },
      },
      { type: 'activate', sessionId: `p2p-${peer}` },
    ],
    bigState(count),
  );
}

/** `count` incoming messages spread round-robin over the sessions of u0..u(spread-1). */
export function burstEvents(count: number, spread: number, tag: string): StoreEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const peer = `u${(i * 7919) % spread}`;
    const message = textMessage({ idClient: `${tag}-${i}`, time: 3_000_000 + i, from: peer, peer });
    return { type: 'message', message };
  });
}

/**
 * {@link bigState} with the p2p session of `peer` holding a loaded window of `messages`
 * messages, mine and the peer's in turn (times 2_000_000 + i, newer than the session's
 * snapshot), read up to `readUpTo`
 * by both sides. The window is built directly: inserting 100,000 messages one by one is
 * not what the bench measures (bench helper).
 */
export function readWindowState(count: number, peer: string, messages: number, readUpTo: number) {
  const sessionId = `p2p-${peer}`;
  const items = Array.from({ length: messages }, (_, i) => {
    const time = 2_000_000 + i;
    const mine = i % 2 === 1;
    const status = time <= readUpTo ? 'read' : mine ? 'sent' : 'unread';
    return textMessage({ idClient: `w-${i}`, time, from: mine ? 'me' : peer, peer, status });
  });
  const base = stateAfter(
    'me',
    [
      { type: 'sessionRead', sessionId, ack: readUpTo },
      { type: 'p2pReceipt', sessionId, time: readUpTo },
    ],
    bigState(count),
  );
  const window = {
    ...emptyWindow(),
    ids: items.map((m) => m.idClient),
    byId: tableFrom(items.map((m) => [m.idClient, m] as const)),
    hasMoreOlder: false,
  };
  return { ...base, messages: { ...base.messages, [sessionId]: window } };
}
