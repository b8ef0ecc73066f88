import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { recalled, textMessage } from '../test/fixtures.ts';
import { stateAfter } from '../test/stateAfter.ts';
import { applyEvents } from './applyEvents.ts';
import type { ChatState } from './ChatState.ts';
import { tableGet, tableKeys } from './KeyedTable.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { sessionList, windowMessages } from './selectors.ts';

const PEERS = ['a', 'b', 'c'] as const;
const sessionIdOf = (peer: number) => `p2p-${PEERS[peer % PEERS.length]}`;

const messageSpec = fc.record({
  peer: fc.nat(2),
  fromMe: fc.boolean(),
  time: fc.integer({ min: 1, max: 60 }),
  tip: fc.boolean(),
  recallAfter: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  readByPeer: fc.boolean(),
  edits: fc.array(
    fc.record({ after: fc.integer({ min: 0, max: 8 }), body: fc.string({ maxLength: 3 }) }),
    { maxLength: 2 },
  ),
  reactions: fc.array(
    fc.record({
      account: fc.constantFrom('me', 'a', 'b'),
      key: fc.constantFrom('👍', '❤️'),
      on: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

const otherSpec = fc.oneof(
  fc.record({
    kind: fc.constant('read' as const),
    peer: fc.nat(2),
    time: fc.integer({ min: 0, max: 70 }),
  }),
  fc.record({
    kind: fc.constant('receipt' as const),
    peer: fc.nat(2),
    time: fc.integer({ min: 0, max: 70 }),
  }),
  fc.record({ kind: fc.constant('pin' as const), peer: fc.nat(2), on: fc.boolean() }),
  fc.record({
    kind: fc.constant('deleteSession' as const),
    peer: fc.nat(2),
    time: fc.integer({ min: 0, max: 70 }),
    clearHistory: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('deleteBefore' as const),
    peer: fc.nat(2),
    time: fc.integer({ min: 0, max: 70 }),
  }),
  fc.record({ kind: fc.constant('deleteIds' as const), peer: fc.nat(2), pick: fc.nat(20) }),
  fc.record({
    kind: fc.constant('ext' as const),
    peer: fc.nat(2),
    ext: fc.string({ maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('typing' as const),
    peer: fc.nat(2),
    until: fc.integer({ min: 0, max: 99 }),
  }),
);

type MessageSpec = typeof messageSpec extends fc.Arbitrary<infer T> ? T : never;
type OtherSpec = typeof otherSpec extends fc.Arbitrary<infer T> ? T : never;

function messageEvents(
  spec: MessageSpec,
  index: number,
): { message: Message; events: StoreEvent[] } {
  const peer = PEERS[spec.peer] ?? 'a';
  const message = textMessage({
    idClient: `m${index}`,
    time: spec.time,
    from: spec.fromMe ? 'me' : peer,
    peer,
    type: spec.tip ? 'tip' : 'text',
  });
  const events: StoreEvent[] = [{ type: 'message', message }];
  if (spec.fromMe && spec.readByPeer) {
    events.push({ type: 'message', message: { ...message, status: 'read' } });
  }
  const { sessionId, idClient } = message;
  for (const { after, body } of spec.edits) {
    events.push({ type: 'edit', sessionId, idClient, body, time: spec.time + after });
  }
  // A reaction's server time is unique per message, as the server clock gives it.
  spec.reactions.forEach(({ account, key, on }, k) => {
    const time = spec.time + k + 0.5;
    events.push({ type: 'reaction', sessionId, idClient, account, time, change: { key, on } });
  });
  if (spec.recallAfter !== undefined) {
    events.push({
      type: 'recall',
      message: recalled(message, message.from, spec.time + spec.recallAfter),
    });
  }
  return { message, events };
}

function otherEvent(spec: OtherSpec, index: number, messages: Message[]): StoreEvent {
  const sessionId = sessionIdOf(spec.peer);
  // Writes that are last-writer-wins get distinct times, as a server clock gives them.
  const unique = 1000 + index;
  switch (spec.kind) {
    case 'read':
      return { type: 'sessionRead', sessionId, ack: spec.time };
    case 'receipt':
      return { type: 'p2pReceipt', sessionId, time: spec.time };
    case 'pin':
      return {
        type: 'pin',
        sessionId,
        stickTopInfo: {
          isStickOnTop: spec.on,
          createTime: spec.on ? unique : 0,
          updateTime: unique,
          ext: '',
        },
      };
    case 'deleteSession':
      return {
        type: 'sessionsDeleted',
        sessionIds: [sessionId],
        time: spec.time,
        clearHistory: spec.clearHistory,
      };
    case 'deleteBefore':
      return { type: 'historyDeleted', sessionId, before: spec.time, time: unique };
    case 'deleteIds': {
      const target = messages[spec.pick % Math.max(1, messages.length)];
      const id = target?.idClient ?? 'none';
      return {
        type: 'historyDeleted',
        sessionId: target?.sessionId ?? sessionId,
        idClients: [id],
        time: unique,
      };
    }
    case 'ext':
      return {
        type: 'sessionUpdated',
        session: { id: sessionId, scene: 'p2p', to: PEERS[spec.peer] ?? 'a', ext: spec.ext },
        time: unique,
      };
    case 'typing':
      return { type: 'typing', sessionId, from: PEERS[spec.peer] ?? 'a', until: spec.until };
  }
}

const scenario = fc
  .tuple(
    fc.array(messageSpec, { maxLength: 12 }),
    fc.array(otherSpec, { maxLength: 10 }),
    fc.boolean(),
  )
  .chain(([messageSpecs, otherSpecs, withActive]) => {
    const built = messageSpecs.map(messageEvents);
    const messages = built.map((b) => b.message);
    const events = [
      ...built.flatMap((b) => b.events),
      ...otherSpecs.map((spec, i) => otherEvent(spec, i, messages)),
    ];
    const withDuplicates = fc
      .array(fc.nat(Math.max(0, events.length - 1)), { maxLength: events.length > 0 ? 8 : 0 })
      .map((picks) => [...events, ...picks.flatMap((i) => (events[i] ? [events[i]] : []))]);
    return fc.tuple(
      fc.constant(events),
      withDuplicates.chain((all) =>
        fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
      ),
      fc.constant(withActive),
    );
  });

/** A state where every session's window is loaded (the newest page was empty). */
function start(active: boolean): ChatState {
  const setup: StoreEvent[] = PEERS.map((peer) => ({
    type: 'historyPage',
    sessionId: `p2p-${peer}`,
    direction: 'latest',
    page: { items: [], cursor: '', hasMore: false },
  }));
  if (active) setup.push({ type: 'activate', sessionId: 'p2p-b' });
  return stateAfter('me', setup);
}

/** What the UI can see. */
function visible(state: ChatState) {
  return {
    sessions: sessionList(state),
    order: state.sessions.order,
    messages: Object.fromEntries(
      Object.entries(state.messages).map(([id, window]) => [
        id,
        { ...window, byId: windowMessages(window) },
      ]),
    ),
    typing: state.typing,
  };
}

describe('applyEvent idempotence (rule 9)', () => {
  it('any permutation and duplication of an event stream gives the in-order state', () => {
    fc.assert(
      fc.property(scenario, ([inOrder, shuffled, active]) => {
        const expected = stateAfter('me', inOrder, start(active));
        const actual = stateAfter('me', shuffled, start(active));
        expect(visible(actual)).toEqual(visible(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('applying a stream twice changes nothing the second time', () => {
    fc.assert(
      fc.property(scenario, ([inOrder, , active]) => {
        const once = stateAfter('me', inOrder, start(active));
        const twice = stateAfter('me', inOrder, once);
        expect(visible(twice)).toEqual(visible(once));
      }),
      { numRuns: 200 },
    );
  });

  it('a batch of events (applyEvents) equals applying them one by one', () => {
    fc.assert(
      fc.property(scenario, ([, shuffled, active]) => {
        const from = stateAfter(
          'me',
          [{ type: 'localInsert', scene: 'p2p', to: 'zz', updateTime: 5 }],
          start(active),
        );
        const oneByOne = stateAfter('me', shuffled, from);
        const batched = applyEvents(from, shuffled);
        expect(visible(batched)).toEqual(visible(oneByOne));
        const ledgers = (state: ChatState) =>
          tableKeys(state.ledger)
            .sort()
            .map((id) => tableGet(state.ledger, id));
        expect(ledgers(batched)).toEqual(ledgers(oneByOne));
      }),
      { numRuns: 200 },
    );
  });
});
