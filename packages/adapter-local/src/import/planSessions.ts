import type { SessionId } from '@parley/core';
import {
  assertCanPin,
  checkBoolean,
  checkObject,
  checkOptional,
  checkSessionId,
  checkString,
  checkTime,
  countsTowardUnread,
  invalidArgument,
} from '@parley/core/rules';
import { convKey, convKeyOf } from '../server/ServerData.ts';
import type { ServerState } from '../server/ServerState.ts';
import type { StoredMessage } from '../server/types.ts';
import { isVisible } from '../server/view.ts';
import { checkList } from './checkList.ts';
import type { ImportDirectory } from './ImportDirectory.ts';

/** One account's imported state of one session, checked, with `unread` turned into `ack`. */
export interface PlannedSession {
  account: string;
  id: SessionId;
  ack?: number;
  msgReceiptTime?: number;
  pinned?: boolean;
  ext?: string;
  mute?: boolean;
}

/**
 * Checks imported session state against the server and the imported data. An `unread` count
 * becomes the read mark that leaves exactly that many countable messages from others unread,
 * over the messages already stored and those being imported.
 */
export function planSessions(
  state: ServerState,
  directory: ImportDirectory,
  entries: unknown,
  messages: readonly StoredMessage[],
): PlannedSession[] {
  const list = checkList(entries, 'sessions');
  const planned: PlannedSession[] = [];
  const seen = new Set<string>();
  /** account → how many sessions it has pinned with the entries so far. */
  const pins = new Map<string, number>();
  const imported = groupByConversation(messages);
  list.forEach((value, i) => {
    const path = `sessions[${i}]`;
    const entry = checkObject(value, path);
    const account = directory.account(entry.account, `${path}.account`);
    const parsed = checkSessionId(entry.id, `${path}.id`);
    const id: SessionId = `${parsed.scene}-${parsed.to}`;
    if (parsed.scene === 'p2p') directory.account(parsed.to, `${path}.id`);
    else {
      const team = directory.team(parsed.to, `${path}.id`);
      if (team.team.scene !== parsed.scene || !team.members.some((m) => m.account === account)) {
        throw invalidArgument(`${path}.id`, `a ${parsed.scene} that "${account}" is in`, id);
      }
    }
    const key = `${account}\u0000${id}`;
    if (seen.has(key))
      throw invalidArgument(`${path}.id`, `a session not listed before for "${account}"`, id);
    seen.add(key);
    const session: PlannedSession = { account, id };
    if (entry.ack !== undefined && entry.unread !== undefined) {
      throw invalidArgument(`${path}.unread`, 'absent when `ack` is given', entry.unread);
    }
    if (entry.ack !== undefined) session.ack = checkTime(entry.ack, `${path}.ack`);
    if (entry.unread !== undefined) {
      const conversation = [
        ...state.data.conversation(account, id),
        ...(imported.get(convKey(parsed.scene, account, parsed.to)) ?? []),
      ];
      session.ack = ackLeaving(entry.unread, conversation, state, account, id, `${path}.unread`);
    }
    if (entry.msgReceiptTime !== undefined) {
      if (parsed.scene !== 'p2p') {
        const expected = 'absent on a team session (team receipts: messages[].readBy)';
        throw invalidArgument(`${path}.msgReceiptTime`, expected, entry.msgReceiptTime);
      }
      session.msgReceiptTime = checkTime(entry.msgReceiptTime, `${path}.msgReceiptTime`);
    }
    session.pinned = checkOptional(entry.pinned, `${path}.pinned`, checkBoolean);
    session.ext = checkOptional(entry.ext, `${path}.ext`, checkString);
    session.mute = checkOptional(entry.mute, `${path}.mute`, checkBoolean);
    if (session.pinned !== undefined) {
      const already = state.data.sessions.get(account)?.get(id)?.stickTopInfo.isStickOnTop ?? false;
      const count = pins.get(account) ?? storedPins(state, account);
      if (session.pinned) assertCanPin(count, already, state.maxPins);
      if (session.pinned !== already) pins.set(account, count + (session.pinned ? 1 : -1));
    }
    planned.push(session);
  });
  return planned;
}

function storedPins(state: ServerState, account: string): number {
  let count = 0;
  for (const record of state.data.sessions.get(account)?.values() ?? []) {
    if (record.stickTopInfo.isStickOnTop) count++;
  }
  return count;
}

function groupByConversation(messages: readonly StoredMessage[]): Map<string, StoredMessage[]> {
  const groups = new Map<string, StoredMessage[]>();
  for (const message of messages) {
    const key = convKeyOf(message);
    const group = groups.get(key);
    if (group) group.push(message);
    else groups.set(key, [message]);
  }
  return groups;
}

/** The read mark after which exactly `unread` countable messages from others remain. */
function ackLeaving(
  unread: unknown,
  conversation: readonly StoredMessage[],
  state: ServerState,
  account: string,
  id: SessionId,
  path: string,
): number {
  if (typeof unread !== 'number' || !Number.isInteger(unread) || unread < 0) {
    throw invalidArgument(path, 'a whole number, 0 or more', unread);
  }
  const record = state.data.sessions.get(account)?.get(id);
  const visible = conversation.filter((m) => isVisible(record, m));
  if (unread === 0) return visible.reduce((newest, m) => Math.max(newest, m.time), 0);
  const countable = visible
    .filter((m) => countsTowardUnread(m, account, 0))
    .map((m) => m.time)
    .sort((a, b) => b - a);
  const oldestUnread = countable[unread - 1];
  if (oldestUnread === undefined) {
    const expected = `at most ${countable.length}, the countable messages from others in ${id}`;
    throw invalidArgument(path, expected, unread);
  }
  return Math.max(0, oldestUnread - 1);
}
