import type { ChatAdapter, Message, Session, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import { clampPageSize, pageAfter } from '@parley/core/rules';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { NimAdapterDeps } from './NimAdapterDeps.ts';
import { replyLink } from './NimReplies.ts';
import { nimCall } from './nimErrors.ts';
import { sessionTarget } from './sessionTarget.ts';

/** What {@link sessionMethods} adds to the adapter. */
export type NimSessionMethods = Pick<
  ChatAdapter,
  | 'getSessions'
  | 'getSession'
  | 'markSessionRead'
  | 'markAllSessionsRead'
  | 'deleteSessions'
  | 'setSessionExt'
>;

/**
 * The session list and its commands: the SDK's recent sessions (seed 000) seen through the
 * device's `SessionView`, unread resets, deletes, and the server-session ext (seed 003), which
 * is present only with `cloudSessions`.
 */
export function sessionMethods(deps: NimAdapterDeps): NimSessionMethods {
  const { nim, options, recalls, view, live, replies } = deps;

  /** The sessions with the quote of a last message that is a reply. */
  const quoted = async (sessions: Session[]): Promise<Session[]> => {
    const ims = new Map<string, IMMessage>();
    for (const session of sessions) {
      const im = nim.session.getSession({ id: session.id })?.lastMsg;
      if (im && im.idClient === session.lastMsg?.idClient && replyLink(im))
        ims.set(im.idClient, im);
    }
    if (ims.size === 0) return sessions;
    const lasts = new Map<string, Message>();
    const messages = sessions.flatMap((s) => (s.lastMsg ? [s.lastMsg] : []));
    for (const m of await replies.attach(messages, ims)) lasts.set(m.idClient, m);
    return sessions.map((s) => {
      const lastMsg = s.lastMsg ? lasts.get(s.lastMsg.idClient) : undefined;
      return lastMsg && lastMsg !== s.lastMsg ? { ...s, lastMsg } : s;
    });
  };

  const getSession = async (sessionId: SessionId): Promise<Session | null> => {
    sessionTarget(sessionId);
    live();
    const raw = nim.session.getSession({ id: sessionId });
    const found =
      (raw ? view.view(raw) : null) ??
      view.extSessions(new Set()).find((s) => s.id === sessionId) ??
      null;
    return found ? ((await quoted([found]))[0] ?? found) : null;
  };

  const methods: NimSessionMethods = {
    async getSessions(query) {
      live();
      const page = pageAfter(
        view.list(nim.session.getAllSessions() ?? []),
        { cursor: query?.cursor, limit: clampPageSize(query?.limit) },
        (s) => s.id,
      );
      return { ...page, items: await quoted(page.items) };
    },

    getSession,

    async markSessionRead(sessionId) {
      sessionTarget(sessionId);
      live();
      // The SDK resets to the session's newest message; a reset of a session it does not list
      // has nothing to clear.
      if (!nim.session.getSession({ id: sessionId })) return;
      await nimCall('other', () => nim.session.resetSessionUnreadCount({ id: sessionId }));
    },

    async markAllSessionsRead() {
      live();
      await nimCall('other', () => nim.session.resetAllSessionsUnreadCount());
    },

    async deleteSessions(sessionIds, { clearHistory, unpin }) {
      if (!Array.isArray(sessionIds))
        throw new ChatError('INVALID_ARGUMENT', 'Expected session ids');
      const targets = sessionIds.map((id) => ({ id, ...sessionTarget(id) }));
      live();
      for (const { id, scene, to } of targets) {
        const known = nim.session.getSession({ id });
        if (unpin && (!known || known.stickTopInfo?.isStickOnTop)) {
          await nimCall('pin', () => nim.session.deleteStickTopSession({ id })).catch(
            (error: unknown) => {
              if (!(error instanceof ChatError && error.code === 'NOT_FOUND')) throw error;
            },
          );
        }
        await nimCall('other', () =>
          nim.session.deleteSession({ id, isSyncToServer: clearHistory === true }),
        );
        if (clearHistory) {
          await nimCall('other', () =>
            nim.msgLog.clearHistoryMsgsFromServer({ scene, to, isSyncSelf: true }),
          );
          recalls.clear(id);
        }
      }
      if (options.cloudSessions && sessionIds.length > 0) {
        await nimCall('other', () =>
          nim.cloudSession.deleteCloudSessionList({ sessionIdList: sessionIds }),
        );
      }
    },
  };

  if (options.cloudSessions) {
    methods.setSessionExt = async (sessionId, ext) => {
      sessionTarget(sessionId);
      if (typeof ext !== 'string') throw new ChatError('INVALID_ARGUMENT', 'ext must be a string');
      live();
      await nimCall('other', () => nim.cloudSession.updateCloudSession({ sessionId, ext }));
      const cloud = await nimCall('other', () => nim.cloudSession.queryCloudSession({ sessionId }));
      view.noteCloudSession(cloud ?? { sessionId, ext, updateTime: Date.now() });
      const found = await getSession(sessionId);
      if (!found) throw new ChatError('NOT_FOUND', `The server has no session ${sessionId}`);
      return found;
    };
  }
  return methods;
}
