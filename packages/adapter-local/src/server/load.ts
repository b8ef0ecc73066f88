import { type ChatError, toChatError } from '@parley/core';
import type { StorageSnapshot } from '../storage/ServerStorage.ts';
import { type StoreName, unwrapRecord } from './records.ts';
import type { ServerData } from './ServerData.ts';

/**
 * Fills the working set from a storage snapshot. Each unreadable record becomes one
 * `STORAGE_CORRUPT` error and is skipped; every other record loads.
 */
export function loadInto(data: ServerData, snapshot: StorageSnapshot): ChatError[] {
  const errors: ChatError[] = [];
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
    const user = unwrapRecord('users', key, raw);
    data.users.set(user.account, user);
  });
  each('teams', (key, raw) => {
    data.putTeam(unwrapRecord('teams', key, raw));
  });
  each('messages', (key, raw) => {
    data.putMessage(unwrapRecord('messages', key, raw), { persist: false, bulk: true });
  });
  each('sessions', (key, raw) => {
    const record = unwrapRecord('sessions', key, raw);
    data.record(record.account, record.sessionId);
    data.sessions.get(record.account)?.set(record.sessionId, record);
    data.observeTime(Math.max(record.deletedAt, record.createdAt, record.clearedBefore));
  });
  data.sortAll();
  // Loading re-queued teams; they are already stored.
  data.takeWrites();
  return errors;
}
