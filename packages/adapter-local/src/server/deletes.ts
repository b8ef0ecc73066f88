import type { HistoryDelete, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import { NOT_PINNED } from '@parley/core/rules';
import type { ServerState } from './ServerState.ts';

/**
 * Deletes sessions of an account on the server. Without `clearHistory` they are hidden until
 * the next login and come back then if they still have messages; with it, the account's
 * history of them is cleared, so they stay away until a new message arrives.
 */
export function deleteSessions(
  state: ServerState,
  account: string,
  ids: readonly SessionId[],
  options: { clearHistory: boolean; unpin?: boolean },
  origin: string,
): void {
  const { data } = state;
  const time = data.tick();
  for (const id of ids) {
    const record = { ...data.record(account, id), deletedAt: time, createdAt: 0 };
    if (options.clearHistory) {
      record.clearedBefore = time;
      record.deletedIds = [];
    }
    if (options.unpin && record.stickTopInfo.isStickOnTop) {
      record.stickTopInfo = { ...NOT_PINNED, updateTime: time };
      state.feed.emit(account, { type: 'pin', sessionId: id, stickTopInfo: record.stickTopInfo });
    }
    data.saveRecord(record);
  }
  state.feed.emit(
    account,
    { type: 'sessionsDeleted', sessionIds: [...ids], time, clearHistory: options.clearHistory },
    origin,
  );
}

/** One-sided delete of the account's history of a session, by ids or before a time. */
export function deleteHistory(
  state: ServerState,
  account: string,
  target: HistoryDelete,
  origin: string,
): void {
  const { data } = state;
  const time = data.tick();
  const record = { ...data.record(account, target.sessionId) };
  if ('idClients' in target) {
    const inSession = new Set(data.conversation(account, target.sessionId).map((m) => m.idClient));
    const unknown = target.idClients.filter((id) => !inSession.has(id));
    if (unknown.length > 0) {
      throw new ChatError('NOT_FOUND', 'Some messages are not in this session', {
        details: { sessionId: target.sessionId, idClients: unknown },
      });
    }
    record.deletedIds = [...new Set([...record.deletedIds, ...target.idClients])];
  } else {
    record.clearedBefore = Math.max(record.clearedBefore, target.before);
  }
  data.saveRecord(record);
  state.feed.emit(
    account,
    {
      type: 'historyDeleted',
      sessionId: target.sessionId,
      ...('idClients' in target ? { idClients: [...target.idClients] } : { before: target.before }),
      time,
    },
    origin,
  );
}
