import type { ChatTarget } from '../ChatTarget.ts';
import { NOTHING_FOUND, offerAccount, wellFormed } from '../controller/directoryAnswer.ts';
import { guard } from '../controller/guard.ts';
import { markRead } from '../controller/readMarks.ts';
import type { DirectoryResult } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { JsonValue } from '../model/JsonValue.ts';
import type { Session } from '../model/Session.ts';
import { type Scene, type SessionId, toSessionId } from '../model/SessionId.ts';
import { assertCanPin, MAX_PINS } from '../rules/pin.ts';
import { resetAck } from '../rules/unread.ts';
import {
  checkBoolean,
  checkId,
  checkJsonObject,
  checkObject,
  checkOptional,
  checkScene,
  checkSessionId,
  checkSessionIds,
  checkString,
  checkTime,
  invalidArgument,
} from '../rules/validate.ts';
import { tableGet, tableKeys, tableValues } from '../store/KeyedTable.ts';
import { selectSession, sessionList } from '../store/selectors.ts';
import { ChatBase } from './ChatBase.ts';

function unsupported(what: string): ChatError {
  return new ChatError('UNSUPPORTED', `This adapter does not support ${what}`);
}

/**
 * The commands on sessions: read marks, pins, server fields, deletes, local sessions, and
 * starting a chat.
 */
export class SessionCommands extends ChatBase {
  /**
   * Marks a session as the one on screen (its unread stays 0), or none; resets it and
   * acknowledges it in the background. Read while not connected, it is acknowledged once the
   * connection is back.
   */
  setActiveSession = (sessionId: SessionId | null): void => {
    if (sessionId !== null) checkSessionId(sessionId);
    const { events, receipts } = this;
    events.dispatch({ type: 'activate', sessionId });
    if (sessionId === null) return;
    if (events.state().connection.status !== 'connected') {
      receipts.unsent.add(sessionId);
      return;
    }
    markRead(this.reading, sessionId).catch((error: unknown) => {
      receipts.unsent.add(sessionId);
      events.report(error);
    });
  };

  /**
   * Resets unread locally, tells the server (multi-device) and sends a read receipt
   * (seed 000: on entering a session, resetSessionUnreadCount + sendMsgReceipt).
   */
  markSessionRead = (sessionId: SessionId): Promise<void> =>
    guard('INTERNAL', () => {
      checkSessionId(sessionId);
      this.connection.require();
      return markRead(this.reading, sessionId);
    });

  /** Resets every session with unread. */
  markAllRead = (): Promise<void> =>
    guard('INTERNAL', async () => {
      const { adapter, events } = this;
      this.connection.require();
      const unread = sessionList(events.state()).filter((s) => s.unread > 0);
      for (const session of unread) events.dispatch({ type: 'reset', sessionId: session.id });
      if (adapter.markAllSessionsRead) {
        await adapter.markAllSessionsRead();
        return;
      }
      await Promise.all(
        unread.map((session) => {
          const current = selectSession(events.state(), session.id) ?? session;
          return adapter.markSessionRead(session.id, resetAck(current));
        }),
      );
    });

  /** Pins a session; `PIN_LIMIT` beyond the adapter's `maxPins` (default 50). */
  pin = (sessionId: SessionId, ext?: string): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkOptional(ext, 'ext', checkString);
      this.connection.require();
      const { ledger } = this.events.state();
      const pinned = tableValues(ledger).filter((l) => l.pin.isStickOnTop).length;
      assertCanPin(
        pinned,
        tableGet(ledger, sessionId)?.pin.isStickOnTop ?? false,
        this.adapter.maxPins ?? MAX_PINS,
      );
      const stickTopInfo = await this.adapter.pin(sessionId, ext);
      this.events.dispatch({ type: 'pin', sessionId, stickTopInfo });
    });

  /** Unpins a session. */
  unpin = (sessionId: SessionId): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      this.connection.require();
      const stickTopInfo = await this.adapter.unpin(sessionId);
      this.events.dispatch({ type: 'pin', sessionId, stickTopInfo });
    });

  /** Changes the `ext` of a pinned session. */
  updatePinExt = (sessionId: SessionId, ext: string): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkString(ext, 'ext');
      this.connection.require();
      const stickTopInfo = await this.adapter.updatePinExt(sessionId, ext);
      this.events.dispatch({ type: 'pin', sessionId, stickTopInfo });
    });

  /** Mutes or unmutes a session; `UNSUPPORTED` without the adapter's `setMute`. */
  setMute = (sessionId: SessionId, mute: boolean): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkBoolean(mute, 'mute');
      this.connection.require();
      const { adapter, events } = this;
      if (!adapter.setMute) throw unsupported('muting');
      await adapter.setMute(sessionId, mute);
      const session = selectSession(events.state(), sessionId);
      if (!session) return;
      const time = Math.max(
        this.options.now(),
        tableGet(events.state().ledger, sessionId)?.mute.time ?? 0,
      );
      events.dispatch({
        type: 'sessionUpdated',
        session: { id: sessionId, scene: session.scene, to: session.to, mute },
        time,
      });
    });

  /** Sets a session's server `ext`; `UNSUPPORTED` without the adapter's `setSessionExt`. */
  setSessionExt = (sessionId: SessionId, ext: string): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkString(ext, 'ext');
      this.connection.require();
      if (!this.adapter.setSessionExt) throw unsupported('session ext');
      const session = await this.adapter.setSessionExt(sessionId, ext);
      this.events.dispatch({ type: 'sessionSnapshots', sessions: [session] });
    });

  /** Local delete hides it until the next login; `clearHistory` deletes it on the server too. */
  deleteSession = (
    sessionId: SessionId,
    options?: { clearHistory?: boolean; unpin?: boolean },
  ): Promise<void> =>
    guard('INTERNAL', () => {
      checkSessionId(sessionId);
      return this.deleteSessions([sessionId], options);
    });

  /**
   * Rule 5. Without `clearHistory` the delete is local (hidden until the next login);
   * with it, the server deletes the sessions and my history of them.
   */
  deleteSessions = (
    sessionIds: SessionId[],
    options: { clearHistory?: boolean; unpin?: boolean } = {},
  ): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionIds(sessionIds);
      checkObject(options, 'options');
      checkOptional(options.clearHistory, 'options.clearHistory', checkBoolean);
      checkOptional(options.unpin, 'options.unpin', checkBoolean);
      const clearHistory = options.clearHistory ?? false;
      const { adapter, events } = this;
      if (clearHistory) {
        this.connection.require();
        await adapter.deleteSessions(sessionIds, { clearHistory: true, unpin: options.unpin });
      } else if (options.unpin) {
        this.connection.require();
        const { ledger } = events.state();
        for (const id of sessionIds) {
          if (!tableGet(ledger, id)?.pin.isStickOnTop) continue;
          events.dispatch({ type: 'pin', sessionId: id, stickTopInfo: await adapter.unpin(id) });
        }
      }
      events.dispatch({ type: 'localDelete', sessionIds, clearHistory });
    });

  /** Hides every session until the next login (this device only). */
  deleteAllLocalSessions = (): void => {
    const sessionIds = tableKeys(this.events.state().sessions.byId);
    this.events.dispatch({ type: 'localDelete', sessionIds, clearHistory: false });
  };

  /** Changes `localCustom` only; never the server. A session not listed is left alone. */
  updateLocalSession = (sessionId: SessionId, localCustom: Record<string, JsonValue>): void => {
    checkSessionId(sessionId);
    checkJsonObject(localCustom, 'localCustom');
    this.events.dispatch({ type: 'localCustom', sessionId, localCustom });
  };

  /**
   * Creates an empty session, newer than every other unless `updateTime` is given. A listed
   * session is returned unchanged.
   */
  insertLocalSession = (target: { scene: Scene; to: string; updateTime?: number }): Session => {
    checkObject(target, 'target');
    checkScene(target.scene, 'target.scene');
    checkId(target.to, 'target.to');
    checkOptional(target.updateTime, 'target.updateTime', checkTime);
    const { events } = this;
    const id = toSessionId(target.scene, target.to);
    const existing = selectSession(events.state(), id);
    if (existing) return existing;
    let newest = 0;
    for (const session of tableValues(events.state().sessions.byId)) {
      newest = Math.max(newest, session.updateTime);
    }
    const updateTime = target.updateTime ?? Math.max(this.options.now(), newest + 1);
    events.dispatch({ type: 'localInsert', scene: target.scene, to: target.to, updateTime });
    const created = selectSession(events.state(), id);
    if (!created) {
      throw new ChatError('INVALID_STATE', `Session ${id} is hidden by an earlier delete`);
    }
    return created;
  };

  /** Keeps the unsent input of a session on this device. */
  setDraft = (sessionId: SessionId, draft: string): void => {
    checkSessionId(sessionId);
    checkString(draft, 'draft');
    this.events.dispatch({ type: 'draft', sessionId, draft });
  };

  /**
   * People and teams to start a chat with whose name or id matches `text`, through the
   * adapter's `searchDirectory`. A blank text finds nothing without asking the backend.
   * Without the capability nothing is searched: a text that can be an account id (no spaces,
   * not mine) comes back as `enteredAccount`. Rejects with `NOT_CONNECTED` when offline.
   * @param options.limit most users and most teams, clamped to 1..50. Default 20.
   */
  searchDirectory = (text: string, options: { limit?: number } = {}): Promise<DirectoryResult> =>
    guard('INTERNAL', async () => {
      const query = checkString(text, 'text').trim();
      checkOptional(options, 'options', checkObject);
      this.connection.require();
      if (query === '') return NOTHING_FOUND;
      const { adapter } = this;
      if (!adapter.searchDirectory) return offerAccount(query, this.events.state().me);
      return wellFormed(await adapter.searchDirectory({ text: query, limit: options.limit }));
    });

  /**
   * Opens a chat with a search result or an account: its profile goes into the store, its
   * session is inserted when it is not in the list (`insertLocalSession`), and returned; the
   * UI then selects it. Throws `INVALID_ARGUMENT` for an empty account or a malformed user or
   * team.
   */
  startChat = (target: ChatTarget): Session => {
    checkObject(target, 'target');
    if ('user' in target) {
      checkObject(target.user, 'target.user');
      const account = checkId(target.user.account, 'target.user.account');
      this.events.dispatch({ type: 'users', users: [target.user] });
      return this.insertLocalSession({ scene: 'p2p', to: account });
    }
    if ('team' in target) {
      checkObject(target.team, 'target.team');
      const teamId = checkId(target.team.teamId, 'target.team.teamId');
      const { scene } = target.team;
      if (scene !== 'team' && scene !== 'superTeam') {
        throw invalidArgument('target.team.scene', '"team" or "superTeam"', scene);
      }
      this.events.dispatch({ type: 'teams', teams: [target.team] });
      return this.insertLocalSession({ scene, to: teamId });
    }
    const account = checkId(checkString(target.account, 'target.account').trim(), 'target.account');
    return this.insertLocalSession({ scene: 'p2p', to: account });
  };
}
