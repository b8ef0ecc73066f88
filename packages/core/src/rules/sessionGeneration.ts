import type { Message } from '../model/Message.ts';
import { emptySession, type Session } from '../model/Session.ts';
import { parseSessionId } from '../model/SessionId.ts';
import { mergeMessage } from './mergeMessage.ts';
import { compareMessages } from './messageOrder.ts';
import { countsTowardUnread } from './unread.ts';

/** Who is asking, for rules that depend on the viewer. */
export interface ViewerContext {
  /** The signed-in account. */
  me: string;
  /** True when the session is on screen: it stays at unread 0 and is acknowledged. */
  active?: boolean;
}

/**
 * Rule 1: the newest message of a session, choosing between the current `lastMsg` and a
 * sent or received message. Two versions of one message merge (a recall notice wins).
 */
export function newestMessage(current: Message | null, message: Message): Message {
  if (!current) return message;
  if (current.idClient === message.idClient) return mergeMessage(current, message);
  return compareMessages(message, current) > 0 ? message : current;
}

/**
 * Rules 1 and 2 for an in-order stream (a backend's own session table): updates
 * `lastMsg`, `updateTime` and `unread` of the session a message belongs to, creating the
 * session when missing. Apps that see duplicates use the store, which tracks counted ids.
 */
export function applyMessageToSession(
  session: Session | undefined,
  message: Message,
  viewer: ViewerContext,
): Session {
  const base =
    session ?? emptySession(message.scene, parseSessionId(message.sessionId)?.to ?? message.to);
  const lastMsg = newestMessage(base.lastMsg, message);
  const updateTime = Math.max(base.updateTime, lastMsg.time);
  if (viewer.active) {
    return { ...base, lastMsg, updateTime, unread: 0, ack: Math.max(base.ack, message.time) };
  }
  const isNew = base.lastMsg?.idClient !== message.idClient;
  const unread =
    isNew && countsTowardUnread(message, viewer.me, base.ack) ? base.unread + 1 : base.unread;
  return { ...base, lastMsg, updateTime, unread };
}

/**
 * A recall: when the recalled message is the session's last, `lastMsg` becomes the recall
 * notice; when it was still unread by me, the count drops by one.
 */
export function applyRecallToSession(session: Session, recalled: Message, me: string): Session {
  const isLast = session.lastMsg?.idClient === recalled.idClient;
  const wasUnread = recalled.from !== me && recalled.time > session.ack && session.unread > 0;
  if (!isLast && !wasUnread) return session;
  return {
    ...session,
    lastMsg: isLast && session.lastMsg ? mergeMessage(session.lastMsg, recalled) : session.lastMsg,
    unread: wasUnread ? session.unread - 1 : session.unread,
  };
}
