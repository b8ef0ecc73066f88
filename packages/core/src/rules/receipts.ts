import type { Message } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';

/**
 * p2p: my message is read by the peer iff `msg.time <= session.msgReceiptTime`
 * (seed 000: `msgFromSelf.time > session.msgReceiptTime` means unread).
 */
export function isReadByPeer(
  message: Pick<Message, 'time'>,
  session: Pick<Session, 'msgReceiptTime'>,
): boolean {
  return session.msgReceiptTime > 0 && message.time <= session.msgReceiptTime;
}

/** A peer's message is unread by me iff `msg.time > session.ack`. */
export function isUnreadByMe(
  message: Pick<Message, 'time'>,
  session: Pick<Session, 'ack'>,
): boolean {
  return message.time > session.ack;
}
