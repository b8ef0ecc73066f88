import type { Message } from '../model/Message.ts';
import type { ChatState } from '../store/ChatState.ts';
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
