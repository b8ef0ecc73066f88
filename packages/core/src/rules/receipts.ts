import type { Message, MessageStatus } from '../model/Message.ts';
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

/**
 * The status a message has by the read marks (rule 3; seed 004 names the states). Mine in
 * p2p: `sent` → `read` once the peer's receipt covers it (team messages of mine keep `sent`
 * and carry read counts instead). Theirs: `unread` until my `ack` covers it, then `read`; a
 * backend's `sent` on someone else's message reads as one of those two. Any other status
 * (`sending`, `sendFailed`, `receipt`, `refused`, `delete`, or `read` already) is kept.
 */
export function readStatus(
  message: Pick<Message, 'from' | 'scene' | 'time' | 'status'>,
  me: string,
  marks: Pick<Session, 'ack' | 'msgReceiptTime'>,
): MessageStatus {
  const { status } = message;
  if (message.from === me) {
    return status === 'sent' && message.scene === 'p2p' && isReadByPeer(message, marks)
      ? 'read'
      : status;
  }
  if (status !== 'unread' && status !== 'sent') return status;
  return isUnreadByMe(message, marks) ? 'unread' : 'read';
}
