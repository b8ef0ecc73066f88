import { ChatError } from '../model/ChatError.ts';
import type { JsonValue } from '../model/JsonValue.ts';
import type { Session } from '../model/Session.ts';
import { type Scene, type SessionId, toSessionId } from '../model/SessionId.ts';
import {
  checkId,
  checkJsonObject,
  checkObject,
  checkOptional,
  checkScene,
  checkSessionId,
  checkString,
  checkTime,
} from '../rules/validate.ts';
import { tableKeys, tableValues } from '../store/KeyedTable.ts';
import { selectSession } from '../store/selectors.ts';
import type { ChatContext } from './ChatContext.ts';

/** Hides every session until the next login (store only). */
export function deleteAllLocalSessions(context: ChatContext): void {
  const sessionIds = tableKeys(context.state().sessions.byId);
  context.dispatch({ type: 'localDelete', sessionIds, clearHistory: false });
}

/** Changes `localCustom` only; a missing session is left alone (seed 001). */
export function updateLocalSession(
  context: ChatContext,
  sessionId: SessionId,
  localCustom: Record<string, JsonValue>,
): void {
  checkSessionId(sessionId);
  checkJsonObject(localCustom, 'localCustom');
  context.dispatch({ type: 'localCustom', sessionId, localCustom });
}

/** Keeps the unsent input of a session on this device. */
export function setDraft(context: ChatContext, sessionId: SessionId, draft: string): void {
  checkSessionId(sessionId);
  checkString(draft, 'draft');
  context.dispatch({ type: 'draft', sessionId, draft });
}

/**
 * Creates an empty session, newer than every other unless `updateTime` is given.
 * An existing visible session is returned unchanged.
 */
export function insertLocalSession(
  context: ChatContext,
  target: { scene: Scene; to: string; updateTime?: number },
): Session {
  checkObject(target, 'target');
  checkScene(target.scene, 'target.scene');
  checkId(target.to, 'target.to');
  checkOptional(target.updateTime, 'target.updateTime', checkTime);
  const id = toSessionId(target.scene, target.to);
  const existing = selectSession(context.state(), id);
  if (existing) return existing;
  let newest = 0;
  for (const session of tableValues(context.state().sessions.byId)) {
    newest = Math.max(newest, session.updateTime);
  }
  const updateTime = target.updateTime ?? Math.max(context.now(), newest + 1);
  context.dispatch({ type: 'localInsert', scene: target.scene, to: target.to, updateTime });
  const created = selectSession(context.state(), id);
  if (!created) {
    throw new ChatError('INVALID_STATE', `Session ${id} is hidden by an earlier delete`);
  }
  return created;
}
