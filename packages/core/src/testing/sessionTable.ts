import type { Message } from '../model/Message.ts';
import { emptySession, type Session } from '../model/Session.ts';
import { parseSessionId } from '../model/SessionId.ts';
import { mergeMessage } from '../rules/mergeMessage.ts';
import { newestMessage } from '../rules/newestMessage.ts';
import { countsTowardUnread, resetAck } from '../rules/unread.ts';

// A plain session table for fake backends in tests (a fake vendor SDK keeps one). Chats
// never use it: their store applies rules 1 and 2 with duplicate and out-of-order events
// in mind.

/** Who is asking, for rules that depend on the viewer. */
export interface ViewerContext {
  /** The signed-in account. */
  me: string;
  /** True when the session is on screen: it stays at unread 0 and is acknowledged. */
  active?: boolean;
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

/** Resets a session's unread: `unread = 0`, `ack = lastMsg.time`. */
export function resetUnread<S extends Pick<Session, 'ack' | 'lastMsg' | 'unread'>>(session: S): S {
  const ack = resetAck(session);
  if (session.unread === 0 && ack === session.ack) return session;
  return { ...session, unread: 0, ack };
}
