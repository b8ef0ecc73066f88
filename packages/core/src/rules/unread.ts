import { isCountable, type Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';

/**
 * Rule 2: an incoming message counts toward unread iff it is not from me, is countable
 * (tips and notifications only when marked `countable`), is not recalled and is newer
 * than what I have read (`ack`).
 */
export function countsTowardUnread(
  message: Pick<Message, 'from' | 'time' | 'type' | 'countable' | 'recall'>,
  me: string,
  ack: number,
): boolean {
  return message.from !== me && !message.recall && isCountable(message) && message.time > ack;
}

/** The `ack` a reset moves to: the newest message's time (never backwards). */
export function resetAck(session: Pick<Session, 'ack' | 'lastMsg'>): number {
  return Math.max(session.ack, session.lastMsg?.time ?? 0);
}
