import type { Page, PageQuery, Session, SessionId } from '@parley/core';
import { countsTowardUnread, emptySession } from '@parley/core/rules';
import { clampLimit, decodeCursor, encodeCursor, upperBound } from './paging.ts';
import type { ServerData } from './ServerData.ts';
import type { ServerState } from './ServerState.ts';
import type { SessionRecord, StoredMessage } from './types.ts';
import { isVisible, viewMessage } from './view.ts';

/** Newest message of a session that the account still sees. */
export function lastVisible(
  data: ServerData,
  account: string,
  sessionId: SessionId,
): StoredMessage | undefined {
  const conv = data.conversation(account, sessionId);
  const record = data.sessions.get(account)?.get(sessionId);
  for (let i = conv.length - 1; i >= 0; i--) {
    const message = conv[i];
    if (!message || (record && message.time <= record.clearedBefore)) return undefined;
    if (isVisible(record, message)) return message;
  }
  return undefined;
}

/** Countable messages from others after the account's ack. */
export function unreadCount(data: ServerData, account: string, sessionId: SessionId): number {
  const conv = data.conversation(account, sessionId);
  const record = data.sessions.get(account)?.get(sessionId);
  let unread = 0;
  const ack = record?.ack ?? 0;
  for (let i = upperBound(conv, ack, (m) => m.time); i < conv.length; i++) {
    const message = conv[i];
    if (message && countsTowardUnread(message, account, ack) && isVisible(record, message)) {
      unread++;
    }
  }
  return unread;
}

interface Candidate {
  id: SessionId;
  updateTime: number;
}

/**
 * Where a session stands in the account's list, or null when it is not in it: no visible
 * message and not created by ext, or deleted on the server during the current login
 * (`loginTime`) with nothing newer since.
 */
function candidate(
  data: ServerData,
  account: string,
  id: SessionId,
  loginTime: number,
): Candidate | null {
  const record = data.sessions.get(account)?.get(id);
  const updateTime = Math.max(lastVisible(data, account, id)?.time ?? 0, record?.createdAt ?? 0);
  if (updateTime === 0) return null;
  if (record && record.deletedAt >= loginTime && updateTime <= record.deletedAt) return null;
  return { id, updateTime };
}

/** Full session of an account as the server knows it. */
export function buildSession(data: ServerData, account: string, id: SessionId): Session {
  const record: SessionRecord = data.sessions.get(account)?.get(id) ?? data.record(account, id);
  const last = lastVisible(data, account, id);
  return {
    ...emptySession(record.scene, record.to),
    updateTime: Math.max(last?.time ?? 0, record.createdAt),
    unread: unreadCount(data, account, id),
    lastMsg: last ? viewMessage(data, account, last) : null,
    ack: record.ack,
    msgReceiptTime: record.msgReceiptTime,
    stickTopInfo: record.stickTopInfo,
    ext: record.ext,
    mute: record.mute,
  };
}

function allCandidates(data: ServerData, account: string, loginTime: number): Candidate[] {
  const ids = new Set<SessionId>();
  for (const peer of data.peers.get(account) ?? []) ids.add(`p2p-${peer}`);
  for (const teamId of data.memberTeams.get(account) ?? []) {
    const team = data.team(teamId);
    if (team) ids.add(`${team.scene}-${teamId}`);
  }
  for (const record of data.sessions.get(account)?.values() ?? []) {
    if (record.createdAt > 0) ids.add(record.sessionId);
  }
  const list: Candidate[] = [];
  for (const id of ids) {
    const found = candidate(data, account, id, loginTime);
    if (found) list.push(found);
  }
  return list;
}

/** One session if it is in the account's list. */
export function getSession(
  data: ServerData,
  account: string,
  id: SessionId,
  loginTime: number,
): Session | null {
  return candidate(data, account, id, loginTime) ? buildSession(data, account, id) : null;
}

/** The account's session list, `updateTime` descending, by cursor. */
export function getSessions(
  data: ServerData,
  account: string,
  query: PageQuery,
  loginTime: number,
): Page<Session> {
  const limit = clampLimit(query.limit, 100);
  const byNewest = (a: Candidate, b: Candidate) =>
    b.updateTime - a.updateTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const list = allCandidates(data, account, loginTime).sort(byNewest);
  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    const pivot = { id: after.id, updateTime: after.time };
    start = list.findIndex((c) => byNewest(c, pivot) > 0);
    if (start < 0) start = list.length;
  }
  const items = list.slice(start, start + limit);
  const hasMore = start + limit < list.length;
  const last = items[items.length - 1];
  return {
    items: items.map((c) => buildSession(data, account, c.id)),
    cursor: hasMore && last ? encodeCursor({ time: last.updateTime, id: last.id }) : '',
    hasMore,
  };
}

/** Sets the server ext; creates the session (without lastMsg) when it is not in the list. */
export function setSessionExt(
  state: ServerState,
  account: string,
  id: SessionId,
  ext: string,
  origin: string,
  loginTime: number,
): Session {
  const { data } = state;
  const time = data.tick();
  const record = { ...data.record(account, id), ext };
  if (!candidate(data, account, id, loginTime)) {
    record.createdAt = time;
  }
  saveAndAnnounce(state, record, { ext }, time, origin);
  return buildSession(data, account, id);
}

/** Mutes or unmutes a session for the account. */
export function setMute(
  state: ServerState,
  account: string,
  id: SessionId,
  mute: boolean,
  origin: string,
): void {
  const time = state.data.tick();
  saveAndAnnounce(state, { ...state.data.record(account, id), mute }, { mute }, time, origin);
}

/** Saves an account's changed session record and tells its devices which fields changed. */
function saveAndAnnounce(
  state: ServerState,
  record: SessionRecord,
  change: Partial<Pick<Session, 'ext' | 'mute'>>,
  time: number,
  origin: string,
): void {
  state.data.saveRecord(record);
  const session = { id: record.sessionId, scene: record.scene, to: record.to, ...change };
  state.feed.emit(record.account, { type: 'sessionUpdated', session, time }, origin);
}
