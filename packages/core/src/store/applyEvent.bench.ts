import { bench, describe } from 'vitest';
import type { Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import { compareSessions } from '../rules/sessionOrder.ts';
import {
  bigState,
  burstEvents,
  newestFrom,
  openSessionState,
  readWindowState,
} from '../test/bigState.ts';
import { textMessage } from '../test/fixtures.ts';
import { applyEvent } from './applyEvent.ts';
import { applyEvents } from './applyEvents.ts';
import { tableUpdate } from './KeyedTable.ts';
import { settleStatus } from './readStatus.ts';
import { sessionList, windowMessages } from './selectors.ts';

const state = bigState(10_000);
const middle = newestFrom('u5000', 'bench-1');
const alreadyFirst = newestFrom('u0', 'bench-2');
/** The sessions as one flat record, the shape `sessions.byId` had before KeyedTable. */
const flat: Record<string, Session> = Object.fromEntries(
  sessionList(state).map((session) => [session.id, session]),
);

describe('one incoming message, 10,000 sessions', () => {
  bench('applyEvent (incremental place, moves to top)', () => {
    applyEvent(state, { type: 'message', message: middle });
  });

  bench('applyEvent (session already first, order kept)', () => {
    applyEvent(state, { type: 'message', message: alreadyFirst });
  });

  bench('floor: copying the flat byId record alone (ChatState contract)', () => {
    const current = flat['p2p-u5000'];
    if (!current) throw new Error('missing session');
    void { ...flat, 'p2p-u5000': { ...current } };
  });

  bench('naive: update the session in a flat record, then full re-sort', () => {
    const current = flat['p2p-u5000'];
    if (!current) throw new Error('missing session');
    const byId = {
      ...flat,
      'p2p-u5000': {
        ...current,
        lastMsg: middle,
        updateTime: middle.time,
        unread: current.unread + 1,
      },
    };
    Object.values(byId)
      .sort(compareSessions)
      .map((s) => s.id);
  });
});

const open = openSessionState(10_000, 'u1', 5_000);
let appended = 0;

describe('appending to the open session (5,000 loaded messages, 10,000 sessions)', () => {
  bench('applyEvent (new incoming message)', () => {
    const message = textMessage({
      idClient: `append-${++appended}`,
      time: 2_000_000 + appended,
      from: 'u1',
      peer: 'u1',
    });
    applyEvent(open, { type: 'message', message });
  });
});

const burst = burstEvents(5_000, 500, 'burst');

describe('burst: 5,000 messages over 500 sessions, 10,000 sessions (reducer only)', () => {
  bench(
    'applyEvent × 5,000',
    () => {
      let next = state;
      for (const event of burst) next = applyEvent(next, event);
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'applyEvents (one batch, as the controller coalesces a task)',
    () => {
      applyEvents(state, burst);
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

// Both marks stand 10 messages before the newest; each bench moves one of them 5 further.
const reading = readWindowState(10_000, 'u1', 100_000, 2_000_000 + 100_000 - 11);
const fiveMore = 2_000_000 + 100_000 - 6;

describe('a read mark moving over a 100,000-message window (10,000 sessions)', () => {
  bench("the peer's receipt (p2pReceipt) covers 5 more messages", () => {
    applyEvent(reading, { type: 'p2pReceipt', sessionId: 'p2p-u1', time: fiveMore });
  });

  bench('another device reads (sessionRead) 5 more messages', () => {
    applyEvent(reading, { type: 'sessionRead', sessionId: 'p2p-u1', ack: fiveMore });
  });

  bench('naive: settle every loaded message after the receipt', () => {
    const window = reading.messages['p2p-u1'];
    const marks = { ack: fiveMore, msgReceiptTime: fiveMore };
    const writes: [string, Message][] = [];
    for (const message of windowMessages(window)) {
      const settled = settleStatus(message, 'me', marks);
      if (settled !== message) writes.push([message.idClient, settled]);
    }
    if (window) tableUpdate(window.byId, writes);
  });

  bench('floor: a receipt on a session with no loaded window', () => {
    applyEvent(reading, { type: 'p2pReceipt', sessionId: 'p2p-u2', time: 3_000_000 });
  });
});

// The window of the read-mark benches: events are pure, so it is shared (one 100,000-message
// state in memory, not two, keeps garbage collection out of the other benches).
const reacting = reading;
let reactionTime = 3_000_000;

describe('a reaction or an edit in a 100,000-message window (10,000 sessions)', () => {
  bench('a reaction on a message in the middle of the window', () => {
    applyEvent(reacting, {
      type: 'reaction',
      sessionId: 'p2p-u1',
      idClient: 'w-50000',
      account: 'u1',
      time: ++reactionTime,
      change: { key: '👍', on: true },
    });
  });

  bench('an edit of the newest message (the session preview follows)', () => {
    applyEvent(reacting, {
      type: 'edit',
      sessionId: 'p2p-u1',
      idClient: 'w-99999',
      body: 'fixed',
      time: ++reactionTime,
    });
  });

  bench('a reaction on a message not loaded yet (kept until it comes)', () => {
    applyEvent(reacting, {
      type: 'reaction',
      sessionId: 'p2p-u1',
      idClient: 'not-loaded',
      account: 'u1',
      time: ++reactionTime,
      change: { key: '👍', on: true },
    });
  });
});
