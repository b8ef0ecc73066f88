import type { MessageType } from '../model/Message.ts';
import type { Session, SessionId } from '../model/Session.ts';
import { clampPageSize } from './paging.ts';

/** Query of the local session list (seed 001 `getLocalSessions`). */
export interface LocalSessionQuery {
  /** Id of the last session of the previous page; omit for the first page. */
  lastSessionId?: SessionId;
  /** Page size, clamped to 1..100. Default 100. */
  limit?: number;
  /** Oldest first instead of newest first. Default false. */
  reverse?: boolean;
  /** Leave out sessions whose `lastMsg` has one of these types. */
  excludeLastMsgTypes?: readonly MessageType[];
}

/**
 * A page of sessions from a list already in display order (newest first).
 * An unknown `lastSessionId` yields an empty page.
 */
export function queryLocalSessions(
  ordered: readonly Session[],
  query: LocalSessionQuery = {},
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
    if (session.lastMsg && excluded.has(session.lastMsg.type)) continue;
    page.push(session);
  }
  return page;
}
