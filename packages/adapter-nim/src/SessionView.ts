import type { Session, SessionId } from '@parley/core';
import type { RecallMemory } from '@parley/core/rules';
import { emptySession, newestMessage, parseSessionId } from '@parley/core/rules';
import type { NIMECloudSession } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudSessionServiceInterface.js';
import type { Session as NimSession } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import { toSession } from './toSession.ts';

/**
 * The session list as Parley sees it: the SDK's recent sessions (its memory list, built from
 * roaming and offline messages at login and kept up to date by the SDK), with what the SDK list
 * lacks filled in from this device's knowledge: recall notices as `lastMsg` and server `ext`
 * from the server-session service.
 */
export class SessionView {
  /** Server ext by session, from `setSessionExt` and other devices' changes. */
  readonly exts = new Map<SessionId, string>();
  /** Sessions created on the server by an ext alone (no message yet), with their time. */
  private readonly extOnly = new Map<SessionId, number>();

  constructor(
    private readonly recalls: RecallMemory,
    private readonly me: () => string,
  ) {}

  /** Notes a server session (seed 003 `RecentSession`) that this device read or was told of. */
  noteCloudSession(cloud: NIMECloudSession): void {
    if (typeof cloud?.sessionId !== 'string' || !parseSessionId(cloud.sessionId)) return;
    this.exts.set(cloud.sessionId, typeof cloud.ext === 'string' ? cloud.ext : '');
    if (!cloud.lastMsgInfo?.lastMsg)
      this.extOnly.set(cloud.sessionId, Number(cloud.updateTime) || 0);
    else this.extOnly.delete(cloud.sessionId);
  }

  /**
   * One SDK session for Parley, or null when it has nothing to show: its history was cleared
   * (`lastMsg` null, and no recall notice in its place).
   */
  view(raw: NimSession): Session | null {
    const session = toSession(raw, this.me());
    if (!session) return null;
    let lastMsg = session.lastMsg;
    for (const recalled of this.recalls.of(session.id)) lastMsg = newestMessage(lastMsg, recalled);
    if (!lastMsg) return this.extOnly.has(session.id) ? this.withExt(session) : null;
    return this.withExt({
      ...session,
      lastMsg,
      updateTime: Math.max(session.updateTime, lastMsg.time),
    });
  }

  /** Sessions created by an ext that the SDK list does not hold. */
  extSessions(listed: ReadonlySet<SessionId>): Session[] {
    const sessions: Session[] = [];
    for (const [id, updateTime] of this.extOnly) {
      const target = parseSessionId(id);
      if (!target || listed.has(id)) continue;
      sessions.push(this.withExt({ ...emptySession(target.scene, target.to), updateTime }));
    }
    return sessions;
  }

  /** The whole list, `updateTime` descending (ties by id, so pages are stable). */
  list(raw: readonly NimSession[]): Session[] {
    const sessions: Session[] = [];
    for (const one of raw) {
      const session = this.view(one);
      if (session) sessions.push(session);
    }
    sessions.push(...this.extSessions(new Set(sessions.map((s) => s.id))));
    return sessions.sort(
      (a, b) => b.updateTime - a.updateTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  private withExt(session: Session): Session {
    const ext = this.exts.get(session.id);
    return ext === undefined ? session : { ...session, ext };
  }
}
