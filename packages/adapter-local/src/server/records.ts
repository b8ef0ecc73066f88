import type { UserProfile } from '@parley/core';
import { ChatError } from '@parley/core';
import { isMessageType, parseSessionId } from '@parley/core/rules';
import type { SessionRecord, StoredMessage, TeamRecord } from './types.ts';

/**
 * Version tag written with every record. 2 added replies, reactions and edits to messages
 * (`replyTo`, `reactions`, `editedAt`, all optional), so a version 1 record reads as it is;
 * a later version is another Parley's data (`STORAGE_VERSION`), anything else foreign.
 */
export const RECORD_VERSION = 2;

/** Versions this one reads, each with how its data becomes this version's. */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  1: (data) => data,
  2: (data) => data,
};

/** Object stores of the server's storage. */
export type StoreName = 'users' | 'teams' | 'messages' | 'sessions';

/** Value type per store. */
export interface RecordByStore {
  users: UserProfile;
  teams: TeamRecord;
  messages: StoredMessage;
  sessions: SessionRecord;
}

/** A record as written to storage. */
export interface Envelope {
  v: number;
  store: StoreName;
  data: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

function numbers(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === 'number' && Number.isFinite(value[key]));
}

function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isReplyRef(value: unknown): boolean {
  return (
    isObject(value) &&
    strings(value, ['idClient', 'idServer', 'from', 'body']) &&
    isMessageType(value.type) &&
    isTime(value.time)
  );
}

function isReactions(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.values(value).every(
      (marks) =>
        isObject(marks) &&
        Object.values(marks).every(
          (mark) => isObject(mark) && typeof mark.on === 'boolean' && isTime(mark.time),
        ),
    )
  );
}

/** Server times of a message's reactions. */
function reactionTimes(message: StoredMessage): number[] {
  return Object.values(message.reactions ?? {}).flatMap((marks) =>
    Object.values(marks).map((mark) => mark.time),
  );
}

const validators: { [S in StoreName]: (data: unknown) => data is RecordByStore[S] } = {
  users: (data): data is UserProfile =>
    isObject(data) && strings(data, ['account', 'nick']) && data.account !== '',
  teams: (data): data is TeamRecord =>
    isObject(data) &&
    isObject(data.team) &&
    strings(data.team, ['teamId', 'name', 'owner']) &&
    (data.team.scene === 'team' || data.team.scene === 'superTeam') &&
    Array.isArray(data.members) &&
    data.members.every((m) => isObject(m) && strings(m, ['account', 'role'])),
  messages: (data): data is StoredMessage =>
    isObject(data) &&
    strings(data, ['idClient', 'idServer', 'sessionId', 'from', 'to', 'body', 'status']) &&
    numbers(data, ['time']) &&
    isMessageType(data.type) &&
    typeof data.sessionId === 'string' &&
    parseSessionId(data.sessionId)?.scene === data.scene &&
    optional(data.replyTo, isReplyRef) &&
    optional(data.reactions, isReactions) &&
    optional(data.editedAt, isTime),
  sessions: (data): data is SessionRecord =>
    isObject(data) &&
    strings(data, ['account', 'sessionId', 'to', 'ext']) &&
    numbers(data, ['ack', 'msgReceiptTime', 'createdAt', 'deletedAt', 'clearedBefore']) &&
    isObject(data.stickTopInfo) &&
    typeof data.mute === 'boolean' &&
    Array.isArray(data.deletedIds) &&
    typeof data.sessionId === 'string' &&
    parseSessionId(data.sessionId)?.scene === data.scene,
};

/** Wraps a value for storage. */
export function wrapRecord<S extends StoreName>(store: S, data: RecordByStore[S]): Envelope {
  return { v: RECORD_VERSION, store, data };
}

/** The times a record carries, which must lie in the server's range. */
const timesOf: { [S in StoreName]: (data: RecordByStore[S]) => number[] } = {
  users: () => [],
  teams: (data) => data.members.map((m) => m.joinTime).filter((t) => t !== undefined),
  messages: (data) => [
    data.time,
    ...(data.recall ? [data.recall.time] : []),
    ...(data.editedAt === undefined ? [] : [data.editedAt]),
    ...reactionTimes(data),
  ],
  sessions: (data) => [
    data.ack,
    data.msgReceiptTime,
    data.createdAt,
    data.deletedAt,
    data.clearedBefore,
  ],
};

/**
 * Checks a stored record. Corrupt or foreign records give a `STORAGE_CORRUPT` error
 * naming the record, so the caller can skip it and keep the rest. Times must be finite, not
 * negative (a message's positive) and at most `latest`: one far in the future would drag the
 * server clock, and every later message, there.
 */
export function unwrapRecord<S extends StoreName>(
  store: S,
  key: string,
  raw: unknown,
  latest = Number.MAX_SAFE_INTEGER,
): RecordByStore[S] {
  const fail = (why: string) =>
    new ChatError('STORAGE_CORRUPT', `Stored ${store} record "${key}" is unreadable: ${why}`, {
      details: { store, key },
    });
  if (isObject(raw) && typeof raw.v === 'number' && raw.v > RECORD_VERSION) {
    throw new ChatError(
      'STORAGE_VERSION',
      `Stored ${store} record "${key}" was written by a newer version of Parley`,
      { details: { store, key, version: raw.v } },
    );
  }
  const migrate = isObject(raw) && typeof raw.v === 'number' ? MIGRATIONS[raw.v] : undefined;
  if (!isObject(raw) || !migrate || raw.store !== store) {
    throw fail('not a Parley record');
  }
  const data = migrate(raw.data);
  const validate = validators[store];
  if (!validate(data)) throw fail('fields are missing or of the wrong type');
  const first = store === 'messages' ? 1 : 0;
  for (const time of timesOf[store](data)) {
    if (!(Number.isFinite(time) && time >= first && time <= latest)) {
      throw fail(`time ${time} is out of range`);
    }
  }
  return data;
}
