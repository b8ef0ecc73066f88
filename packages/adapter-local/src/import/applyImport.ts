import { checkObject, NOT_PINNED } from '@parley/core/rules';
import type { ServerState } from '../server/ServerState.ts';
import { lastVisible } from '../server/sessions.ts';
import type { SessionRecord } from '../server/types.ts';
import type { ImportData } from './ImportData.ts';
import { ImportDirectory } from './ImportDirectory.ts';
import { planMessages } from './planMessages.ts';
import { type PlannedSession, planSessions } from './planSessions.ts';

/**
 * Imports plain data into the server's working set, without events: everything is checked
 * first, so bad input throws before anything changes. The caller flushes to storage.
 */
export function applyImport(state: ServerState, data: ImportData): void {
  checkObject(data, 'data');
  const now = state.data.tick();
  const directory = new ImportDirectory(state, data.users, data.teams, now);
  const messages = planMessages(state, directory, data.messages, now.toString(36));
  const sessions = planSessions(state, directory, data.sessions, messages);

  for (const user of directory.users.values()) state.data.putUser(user);
  for (const team of directory.teams.values()) state.data.putTeam(team);
  for (const message of messages) state.data.putMessage(message, { bulk: true });
  if (messages.length > 0) state.data.sortAll();
  for (const session of sessions) applySession(state, session);
}

function applySession(state: ServerState, session: PlannedSession): void {
  const { data } = state;
  const record: SessionRecord = { ...data.record(session.account, session.id) };
  if (session.ack !== undefined) record.ack = session.ack;
  if (session.msgReceiptTime !== undefined) record.msgReceiptTime = session.msgReceiptTime;
  if (session.ext !== undefined) record.ext = session.ext;
  if (session.mute !== undefined) record.mute = session.mute;
  if (session.pinned !== undefined && session.pinned !== record.stickTopInfo.isStickOnTop) {
    const time = data.tick();
    record.stickTopInfo = session.pinned
      ? { isStickOnTop: true, createTime: time, updateTime: time, ext: '' }
      : { ...NOT_PINNED, updateTime: time };
  }
  // State for a conversation without messages lists it, empty, as setting an ext would.
  if (record.createdAt === 0 && !lastVisible(data, session.account, session.id)) {
    record.createdAt = data.tick();
  }
  data.saveRecord(record);
}
