import type { MessageReactions, ReactionMark } from '@parley/core';
import {
  checkBoolean,
  checkCustomAttach,
  checkFileName,
  checkGeoAttach,
  checkId,
  checkObject,
  checkOptional,
  checkReactionKey,
  checkScene,
  checkString,
  checkText,
  checkTime,
  invalidArgument,
  isFileType,
  isMessageType,
  MAX_REACTION_KEYS,
  MESSAGE_TYPES,
} from '@parley/core/rules';
import type { ServerState } from '../server/ServerState.ts';
import type { StoredMessage } from '../server/types.ts';
import { checkIdList, checkList } from './checkList.ts';
import type { ImportDirectory } from './ImportDirectory.ts';

/** Checks a message's content by the rules a send follows (notifications allowed: history). */
function checkContent(entry: Readonly<Record<string, unknown>>, path: string, maxText: number) {
  const type = entry.type ?? 'text';
  if (!isMessageType(type)) {
    throw invalidArgument(`${path}.type`, `one of ${MESSAGE_TYPES.join(', ')}`, type);
  }
  const body =
    type === 'text' || type === 'tip'
      ? checkText(entry.body, `${path}.body`, maxText)
      : checkString(entry.body, `${path}.body`);
  if (type === 'custom') checkCustomAttach(entry.attach, `${path}.attach`);
  else if (type === 'geo') checkGeoAttach(entry.attach, `${path}.attach`);
  else if (entry.attach !== undefined) {
    const attach = checkObject(entry.attach, `${path}.attach`);
    if (isFileType(type)) checkOptional(attach.name, `${path}.attach.name`, checkFileName);
  }
  return { type, body };
}

/**
 * Checks imported messages and turns them into stored ones: the sender's session id, a
 * server id, `sent` status (receipts and read marks decide what each side sees), and team
 * receipt bookkeeping for messages with `readBy`. `stamp` makes the generated ids unique to
 * this import.
 */
export function planMessages(
  state: ServerState,
  directory: ImportDirectory,
  entries: unknown,
  stamp: string,
): StoredMessage[] {
  const list = checkList(entries, 'messages');
  const planned: StoredMessage[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const path = `messages[${i}]`;
    const entry = checkObject(list[i], path);
    const scene = entry.scene === undefined ? 'p2p' : checkScene(entry.scene, `${path}.scene`);
    const { type, body } = checkContent(entry, path, state.maxTextLength);
    const idClient =
      entry.idClient === undefined
        ? `imp-${stamp}-${i.toString(36)}`
        : checkId(entry.idClient, `${path}.idClient`);
    if (ids.has(idClient) || state.data.byId.has(idClient)) {
      throw invalidArgument(`${path}.idClient`, 'an id no other message has', idClient);
    }
    ids.add(idClient);
    const from = directory.account(entry.from, `${path}.from`);
    const time = checkTime(entry.time, `${path}.time`);
    const countable = checkOptional(entry.countable, `${path}.countable`, checkBoolean);
    const ext = checkOptional(entry.ext, `${path}.ext`, checkString);
    let to: string;
    let receipt: Pick<StoredMessage, 'needReceipt' | 'readers' | 'teamReceipt'> | undefined;
    if (scene === 'p2p') {
      to = directory.account(entry.to, `${path}.to`);
      if (entry.readBy !== undefined) {
        const expected = 'absent on a p2p message (its receipt is sessions[].msgReceiptTime)';
        throw invalidArgument(`${path}.readBy`, expected, entry.readBy);
      }
    } else {
      to = checkId(entry.to, `${path}.to`);
      const team = directory.team(to, `${path}.to`);
      if (team.team.scene !== scene) {
        throw invalidArgument(`${path}.scene`, `"${team.team.scene}", as team "${to}" is`, scene);
      }
      if (entry.readBy !== undefined) {
        const members = new Set(team.members.map((m) => m.account));
        const readers = [...new Set(checkIdList(entry.readBy, `${path}.readBy`))];
        const outsider = readers.find((r) => r === from || !members.has(r));
        if (outsider !== undefined) {
          throw invalidArgument(`${path}.readBy`, 'members other than the sender', outsider);
        }
        const unread = Math.max(0, members.size - 1 - readers.length);
        receipt = { needReceipt: true, readers, teamReceipt: { read: readers.length, unread } };
      }
    }
    const reactions =
      entry.reactions === undefined
        ? undefined
        : planReactions(directory, entry.reactions, time, `${path}.reactions`);
    planned.push({
      idClient,
      idServer: `srv-${stamp}-${i.toString(36)}`,
      scene,
      sessionId: `${scene}-${to}`,
      from,
      to,
      time,
      status: 'sent',
      type,
      body,
      ...(entry.attach === undefined ? {} : { attach: entry.attach }),
      ...(countable === undefined ? {} : { countable }),
      ...(ext === undefined ? {} : { ext }),
      ...(reactions === undefined ? {} : { reactions }),
      ...receipt,
    } as StoredMessage);
  }
  return planned;
}

/** Imported reactions (key → accounts) as stored marks, all turned on at the message's time. */
function planReactions(
  directory: ImportDirectory,
  value: unknown,
  time: number,
  path: string,
): MessageReactions {
  const entries = Object.entries(checkObject(value, path));
  if (entries.length > MAX_REACTION_KEYS) {
    throw invalidArgument(path, `at most ${MAX_REACTION_KEYS} keys`, entries.length);
  }
  const reactions: Record<string, Record<string, ReactionMark>> = {};
  for (const [key, accounts] of entries) {
    checkReactionKey(key, `${path} key`);
    const marks: Record<string, ReactionMark> = {};
    for (const account of checkIdList(accounts, `${path}.${key}`)) {
      marks[directory.account(account, `${path}.${key}`)] = { on: true, time };
    }
    reactions[key] = marks;
  }
  return reactions;
}
