import { ChatError, toChatError } from '@parley/core';
import type { StorageSnapshot } from '../storage/ServerStorage.ts';
import { rebuildTeam } from './rebuildTeam.ts';
import { type StoreName, unwrapRecord } from './records.ts';
import type { ServerData } from './ServerData.ts';

/** How far past the server clock a stored time may be (a clock set back); later is corrupt. */
const FUTURE_SLACK_MS = 365 * 24 * 3600 * 1000;

/**
 * Fills the working set from a storage snapshot. Each unreadable record becomes one
 * `STORAGE_CORRUPT` error and is skipped; every other record loads. A team whose record is
 * unreadable is rebuilt from its messages, so they stay in its members' lists.
 */
export function loadInto(data: ServerData, snapshot: StorageSnapshot, now: number): ChatError[] {
  const errors: ChatError[] = [];
  const latest = now + FUTURE_SLACK_MS;
  const each = <S extends StoreName>(store: S, apply: (key: string, raw: unknown) => void) => {
    for (const [key, raw] of snapshot.records[store]) {
      try {
        apply(key, raw);
      } catch (error) {
        errors.push(toChatError(error, 'STORAGE_CORRUPT'));
      }
    }
  };
  each('users', (key, raw) => {
    const user = unwrapRecord('users', key, raw, latest);
    data.users.set(user.account, user);
  });
  each('teams', (key, raw) => {
    data.putTeam(unwrapRecord('teams', key, raw, latest));
  });
  each('messages', (key, raw) => {
    data.putMessage(unwrapRecord('messages', key, raw, latest), { persist: false, bulk: true });
  });
  each('sessions', (key, raw) => {
    const record = unwrapRecord('sessions', key, raw, latest);
    data.record(record.account, record.sessionId);
    data.sessions.get(record.account)?.set(record.sessionId, record);
    data.observeTime(Math.max(record.deletedAt, record.createdAt, record.clearedBefore));
  });
  data.sortAll();
  for (const [i, error] of errors.entries()) {
    const key = error.details?.key;
    if (error.details?.store !== 'teams' || typeof key !== 'string') continue;
    const rebuilt = rebuildTeam(data, key);
    if (!rebuilt) continue;
    errors[i] = new ChatError(
      'STORAGE_CORRUPT',
      `${error.message}; rebuilt from its ${rebuilt} messages (its name, its roles and members who never wrote may be lost)`,
      { cause: error, details: { ...error.details, rebuilt: true } },
    );
  }
  // Loading re-queued teams; they are already stored. A rebuilt team is written only when it
  // changes, so the unreadable record stays for a newer version that may read it.
  data.takeWrites();
  return errors;
}
