import { describe, expect, it } from 'vitest';
import type { Message } from '../model/Message.ts';
import { textMessage } from '../test/fixtures.ts';
import { stateAfter } from '../test/stateAfter.ts';
import { localSessions } from './selectors.ts';

const from = (peer: string, idClient: string, time: number, type: 'text' | 'tip' = 'text') =>
  textMessage({ idClient, time, from: peer, peer, type });
const receive = (message: Message) => ({ type: 'message', message }) as const;

describe('localSessions (seed 001 getLocalSessions over the store)', () => {
  it("finds an excluded lastMsg's replacement in the loaded window, newest first", () => {
    const state = stateAfter('me', [
      {
        type: 'historyPage',
        sessionId: 'p2p-a',
        direction: 'latest',
        page: { items: [from('a', 'a2', 20), from('a', 'a1', 10)], cursor: '', hasMore: false },
      },
      receive(from('a', 'a3', 30, 'tip')),
      receive(from('b', 'b1', 25, 'tip')),
      receive(from('c', 'c1', 5)),
    ]);
    const found = localSessions(state, { excludeLastMsgTypes: ['tip'] });
    expect(found.map((s) => [s.id, s.lastMsg?.idClient])).toEqual([
      ['p2p-a', 'a2'],
      ['p2p-c', 'c1'],
    ]);
    expect(localSessions(state, { limit: 1, lastSessionId: 'p2p-a' }).map((s) => s.id)).toEqual([
      'p2p-b',
    ]);
  });
});
