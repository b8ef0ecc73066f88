import type { SessionId, TeamReceiptDetail } from '@parley/core';
import { ChatError } from '@parley/core';
import type { ServerState } from './ServerState.ts';
import { lastVisible, unreadCount } from './sessions.ts';
import type { StoredMessage } from './types.ts';

/** Moves the account's ack of a session forward and tells its other devices. */
export function markRead(
  state: ServerState,
  account: string,
  sessionId: SessionId,
  ack: number,
  origin: string,
): void {
  const { data } = state;
  const record = data.record(account, sessionId);
  // Acks only move forward: a late reset from a slow device must not resurrect unread.
  const next = Math.max(record.ack, ack);
  if (next !== record.ack) data.saveRecord({ ...record, ack: next });
  state.feed.emit(account, { type: 'sessionRead', sessionId, ack: next }, origin);
}

/** Resets every session of the account that has unread messages. */
export function markAllRead(
  state: ServerState,
  account: string,
  sessionIds: readonly SessionId[],
  origin: string,
): void {
  for (const id of sessionIds) {
    const last = lastVisible(state.data, account, id);
    if (last && unreadCount(state.data, account, id) > 0)
      markRead(state, account, id, last.time, origin);
  }
}

function found(state: ServerState, idClient: string): StoredMessage {
  const message = state.data.byId.get(idClient);
  if (!message) {
    throw new ChatError('NOT_FOUND', 'No such message on the server', { details: { idClient } });
  }
  return message;
}

/**
 * A read receipt from `account`. p2p: the sender learns that everything up to the message's
 * time is read. Team: the message's read count grows by one per member, once.
 */
export function sendReceipt(state: ServerState, account: string, idClient: string): void {
  const { data } = state;
  const message = found(state, idClient);
  if (message.from === account) return;
  if (message.scene === 'p2p') {
    if (message.to !== account) throw new ChatError('PERMISSION_DENIED', 'Not your message');
    const sessionId = `p2p-${account}`;
    const record = data.record(message.from, sessionId);
    if (message.time <= record.msgReceiptTime) return;
    data.saveRecord({ ...record, msgReceiptTime: message.time });
    state.feed.emit(message.from, { type: 'p2pReceipt', sessionId, time: message.time });
    return;
  }
  if (!data.isMember(account, message.to)) {
    throw new ChatError('PERMISSION_DENIED', 'Not a member of this team');
  }
  const readers = message.readers ?? [];
  if (!message.needReceipt || readers.includes(account)) return;
  const team = data.teams.get(message.to);
  const read = readers.length + 1;
  const unread = Math.max(0, (team?.members.length ?? 1) - 1 - read);
  data.putMessage({ ...message, readers: [...readers, account], teamReceipt: { read, unread } });
  const sessionId = `${message.scene}-${message.to}`;
  for (const member of team?.members ?? []) {
    state.feed.emit(member.account, { type: 'teamReceipt', sessionId, idClient, read, unread });
  }
}

/** Who has and has not read a team message. */
export function teamReceiptDetail(state: ServerState, idClient: string): TeamReceiptDetail {
  const message = found(state, idClient);
  const readers = new Set(message.readers ?? []);
  const members = state.data.teams.get(message.to)?.members ?? [];
  const others = members.map((m) => m.account).filter((a) => a !== message.from);
  return {
    read: others.filter((a) => readers.has(a)),
    unread: others.filter((a) => !readers.has(a)),
  };
}
