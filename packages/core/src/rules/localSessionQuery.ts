import type { Message, MessageType } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import type { SessionId } from '../model/SessionId.ts';
import { clampPageSize } from './paging.ts';

/** Query of the local session list (seed 001 `getLocalSessions`). */
export interface LocalSessionQuery {
  /** Id of the last session of the previous page; omit for the first page. */
  lastSessionId?: SessionId;
  /** Page size, clamped to 1..100. Default 100. */
  limit?: number;
  /** Oldest first instead of newest first. Default false. */
  reverse?: boolean;
  /**
   * Message types that do not count as a session's last message (seed 001, "designate
   * lastMsg type"): a session is returned with `lastMsg` = its newest message of another
   * type, and left out when it holds none. Default none.
   */
  excludeLastMsgTypes?: readonly MessageType[];
}

/** The messages this device holds of a session, newest first. */
export type LocalMessages = (sessionId: SessionId) => Iterable<Message>;

const NONE: LocalMessages = () => [];

/** Newest message of a session whose type is not excluded: `lastMsg`, else the newest loaded. */
function newestKept(
  session: Session,
  excluded: ReadonlySet<MessageType>,
  messagesOf: LocalMessages,
): Message | null {
  const last = session.lastMsg;
  if (!last) return null;
  if (!excluded.has(last.type)) return last;
  for (const message of messagesOf(session.id)) {
    if (message.time <= last.time && !excluded.has(message.type)) return message;
  }
  return null;
}

/**
 * A page of sessions from a list already in display order (newest first). With excluded
 * types, each session's `lastMsg` becomes its newest message of the remaining types, found in
 * `lastMsg` or else in `messagesOf(sessionId)` (what this device holds, newest first: the
 * store's `localSessions` passes the loaded window); a session holding none is left out. An unknown `lastSessionId` yields an
 * empty page.
 */
export function queryLocalSessions(
  ordered: readonly Session[],
  query: LocalSessionQuery = {},
  messagesOf: LocalMessages = NONE,
): Session[] {
  const limit = clampPageSize(query.limit);
  const excluded = new Set(query.excludeLastMsgTypes ?? []);
  const list = query.reverse ? [...ordered].reverse() : ordered;
  let start = 0;
  if (query.lastSessionId !== undefined) {
    const index = list.findIndex((session) => session.id === query.lastSessionId);
    if (index < 0) return [];
    start = index + 1;
  }
  const page: Session[] = [];
  for (let i = start; i < list.length && page.length < limit; i++) {
    const session = list[i];
    if (!session) continue;
    if (excluded.size === 0) {
      page.push(session);
      continue;
    }
    const lastMsg = newestKept(session, excluded, messagesOf);
    if (lastMsg) page.push(lastMsg === session.lastMsg ? session : { ...session, lastMsg });
  }
  return page;
}
