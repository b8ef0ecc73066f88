import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { session, textMessage } from '../test/fixtures.ts';
import { stateAfter } from '../test/stateAfter.ts';
import type { ChatState } from './ChatState.ts';
import type { StoreEvent } from './StoreEvent.ts';
import { selectMessage, selectSession, windowMessages } from './selectors.ts';

const theirs = (idClient: string, time: number): Message =>
  textMessage({ idClient, time, from: 'bob', peer: 'bob', status: 'unread' });
const mine = (idClient: string, time: number): Message =>
  textMessage({ idClient, time, from: 'me', to: 'bob', peer: 'bob', status: 'sent' });
const page = (...items: Message[]): StoreEvent => ({
  type: 'historyPage',
  sessionId: 'p2p-bob',
  direction: 'latest',
  page: { items, cursor: '', hasMore: false },
});
const statuses = (state: ChatState) =>
  Object.fromEntries(windowMessages(state.messages['p2p-bob']).map((m) => [m.idClient, m.status]));
const lastStatus = (state: ChatState, id = 'p2p-bob') => selectSession(state, id)?.lastMsg?.status;

describe('message status follows the read marks (rule 3)', () => {
  it('a reset turns the incoming messages read, in the window and in lastMsg', () => {
    const state = stateAfter('me', [
      page(theirs('a', 10), theirs('b', 20)),
      { type: 'message', message: theirs('c', 30) },
      { type: 'reset', sessionId: 'p2p-bob' },
    ]);
    expect(statuses(state)).toEqual({ a: 'read', b: 'read', c: 'read' });
    expect(lastStatus(state)).toBe('read');
  });

  it('a read from another device turns read only what its ack covers', () => {
    const state = stateAfter('me', [
      page(theirs('a', 10), theirs('b', 20), theirs('c', 30)),
      { type: 'sessionRead', sessionId: 'p2p-bob', ack: 20 },
    ]);
    expect(statuses(state)).toEqual({ a: 'read', b: 'read', c: 'unread' });
    expect(lastStatus(state)).toBe('unread');
  });

  it("the peer's receipt turns my messages read up to its time, not theirs", () => {
    const state = stateAfter('me', [
      page(mine('a', 10), theirs('b', 15), mine('c', 20), mine('d', 30)),
      { type: 'p2pReceipt', sessionId: 'p2p-bob', time: 20 },
    ]);
    expect(statuses(state)).toEqual({ a: 'read', b: 'unread', c: 'read', d: 'sent' });
    expect(lastStatus(state)).toBe('sent');
    const later = stateAfter('me', [{ type: 'p2pReceipt', sessionId: 'p2p-bob', time: 30 }], state);
    expect(statuses(later).d).toBe('read');
    expect(lastStatus(later)).toBe('read');
  });

  it('messages arriving after the marks moved arrive with the status they make', () => {
    const state = stateAfter('me', [
      { type: 'sessionRead', sessionId: 'p2p-bob', ack: 25 },
      { type: 'p2pReceipt', sessionId: 'p2p-bob', time: 25 },
      page(theirs('a', 10), mine('b', 20)),
      { type: 'message', message: theirs('c', 30) },
    ]);
    expect(statuses(state)).toEqual({ a: 'read', b: 'read', c: 'unread' });
  });

  it('the active session reads each message as it arrives', () => {
    const state = stateAfter('me', [
      page(theirs('a', 10)),
      { type: 'activate', sessionId: 'p2p-bob' },
      { type: 'message', message: theirs('b', 20) },
    ]);
    expect(statuses(state)).toEqual({ a: 'read', b: 'read' });
    expect(lastStatus(state)).toBe('read');
  });

  it("a login's session snapshot makes its lastMsg true to its marks", () => {
    const state = stateAfter('me', [
      {
        type: 'sessionSnapshots',
        sessions: [
          session('bob', { lastMsg: theirs('a', 10), ack: 10, updateTime: 10 }),
          session('carol', {
            lastMsg: textMessage({ idClient: 'b', time: 12, from: 'me', peer: 'carol' }),
            msgReceiptTime: 12,
            updateTime: 12,
          }),
        ],
      },
    ]);
    expect(lastStatus(state, 'p2p-bob')).toBe('read');
    expect(lastStatus(state, 'p2p-carol')).toBe('read');
  });

  it('never takes a status back: a late unread copy of a read message stays read', () => {
    const state = stateAfter('me', [
      page(theirs('a', 10)),
      { type: 'reset', sessionId: 'p2p-bob' },
      { type: 'message', message: theirs('a', 10) },
      page(theirs('a', 10)),
    ]);
    expect(statuses(state)).toEqual({ a: 'read' });
  });

  it("keeps my team messages sent with their counts, and reads the members' ones", () => {
    const team = (idClient: string, from: string, time: number): Message => ({
      ...textMessage({
        idClient,
        time,
        from,
        peer: '7',
        status: from === 'me' ? 'sent' : 'unread',
      }),
      scene: 'team',
      sessionId: 'team-7',
      to: '7',
      teamReceipt: { read: 0, unread: 2 },
    });
    const state = stateAfter('me', [
      {
        type: 'historyPage',
        sessionId: 'team-7',
        direction: 'latest',
        page: { items: [team('a', 'me', 10), team('b', 'bob', 20)], cursor: '', hasMore: false },
      },
      { type: 'teamReceipt', sessionId: 'team-7', idClient: 'a', read: 1, unread: 1 },
      { type: 'reset', sessionId: 'team-7' },
    ]);
    const window = state.messages['team-7'];
    expect(selectMessage(window, 'a')).toMatchObject({
      status: 'sent',
      teamReceipt: { read: 1, unread: 1 },
    });
    expect(selectMessage(window, 'b')?.status).toBe('read');
  });

  it('a mark that moves touches only the messages newer than where it was', () => {
    const count = 10_000;
    const items: Message[] = [];
    for (let i = 1; i <= count; i++) items.push(mine(`m${i}`, i));
    const before = stateAfter('me', [
      page(...items),
      { type: 'p2pReceipt', sessionId: 'p2p-bob', time: count - 10 },
    ]);
    const after = stateAfter(
      'me',
      [{ type: 'p2pReceipt', sessionId: 'p2p-bob', time: count - 5 }],
      before,
    );
    const was = windowMessages(before.messages['p2p-bob']);
    const now = windowMessages(after.messages['p2p-bob']);
    const changed = now.filter((m, i) => m !== was[i]).map((m) => m.idClient);
    expect(changed).toEqual(['m9991', 'm9992', 'm9993', 'm9994', 'm9995']);
    expect(now.filter((m) => m.status === 'read')).toHaveLength(count - 5);
  });
});
