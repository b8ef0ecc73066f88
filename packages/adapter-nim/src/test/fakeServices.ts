import type { Message, Session } from '@parley/core';
import { parseSessionId } from '@parley/core/rules';
import { allHistory, allSessions } from '@parley/core/testing';
import type {
  CloudSessionServiceInterface,
  NIMECloudSession,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudSessionServiceInterface.js';
import type { MsgExtendServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgExtendServiceInterface.js';
import type { MsgLogServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgLogServiceInterface.js';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { TeamServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/TeamServiceInterface.js';
import type { UserServiceInterface } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/UserServiceInterface.js';
import { accountSession } from './FakeNimCloud.ts';
import { asNimError, FakeNimError, paramError } from './FakeNimError.ts';
import type { FakeNimState } from './FakeNimState.ts';
import { imOf, nameCardOf, nimMemberOf, nimTeamOf } from './fakeShapes.ts';

const server = <T>(run: () => Promise<T>) =>
  run().catch((error: unknown) => {
    throw asNimError(error);
  });

const unsupported = (name: string) => () =>
  Promise.reject(new FakeNimError(414, `${name} is not faked`));

/**
 * `nim.msgLog`: cloud history by time range (both bounds inclusive), `lastMsgId` against
 * repeats at the boundary, at most 100 a call; recalled messages are not returned.
 */
export function fakeMsgLogService(nim: FakeNimState) {
  return {
    getHistoryMsgs: async (o) => {
      if (!parseSessionId(`${o?.scene}-${o?.to}`)) throw paramError('scene/to');
      const limit = o.limit ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw paramError('limit must be 1..100');
      const sessionId = `${o.scene}-${o.to}`;
      const begin = o.beginTime ?? 0;
      const end = o.endTime || Number.POSITIVE_INFINITY;
      // allHistory is newest first; a reverse query walks forward from beginTime.
      const all = (await server(() => allHistory(nim.device(), sessionId))).filter(
        (m) => !m.recall && m.time >= begin && m.time <= end,
      );
      let list: Message[] = o.reverse ? all.reverse() : all;
      if (o.lastMsgId) {
        const at = list.findIndex((m) => m.idServer === o.lastMsgId);
        if (at >= 0) list = list.slice(at + 1);
      }
      const page = list.slice(0, limit);
      const ordered = (o.asc ?? false) === (o.reverse ?? false) ? page : page.reverse();
      return ordered.map((m) => imOf(m, nim.account, nim.cloud.threads));
    },
    clearHistoryMsgsFromServer: async ({ scene, to }) => {
      const id = `${scene}-${to}`;
      if (!parseSessionId(id)) throw paramError('scene/to');
      // The adapter always asks for isSyncSelf: the other devices are told (clearServerHistoryMsgs).
      await server(() => nim.device().deleteSessions([id], { clearHistory: true }));
      const session = nim.memory.get(id);
      if (session) nim.memory.set(id, { ...session, lastMsg: null, unread: 0 });
      nim.updated(id);
      return { timetag: Date.now() };
    },
    deleteRoamingMsgs: async ({ ids }) => {
      for (const id of ids)
        nim.cloud.roamingClearedAt.set(accountSession(nim.account, id), Date.now());
    },
    ftsCloudMsgLogs: unsupported('ftsCloudMsgLogs'),
    ftsCloudMsgLogsAggWithSession: unsupported('ftsCloudMsgLogsAggWithSession'),
  } satisfies MsgLogServiceInterface;
}

/**
 * `nim.msgExtend`: whole messages by server id (what a reply's `threadMessageInfo` names), from
 * the sessions the account is in; recalled or deleted ones are not found. Threads are not faked.
 */
export function fakeMsgExtendService(nim: FakeNimState) {
  return {
    getMsgsByIdServer: async ({ reqMsgs }) => {
      if (!Array.isArray(reqMsgs)) throw paramError('reqMsgs');
      const found: IMMessage[] = [];
      for (const req of reqMsgs) {
        const peer = req.scene === 'p2p' && req.from === nim.account ? req.to : req.from;
        const sessionId = `${req.scene}-${req.scene === 'p2p' ? peer : req.to}`;
        if (!parseSessionId(sessionId) || !req.idServer) throw paramError('reqMsgs');
        const history = await server(() => allHistory(nim.device(), sessionId));
        const message = history.find((m) => m.idServer === req.idServer && !m.recall);
        if (message) found.push(imOf(message, nim.account, nim.cloud.threads));
      }
      return found;
    },
    getThreadMsgs: unsupported('getThreadMsgs'),
  } satisfies MsgExtendServiceInterface;
}

/** `nim.cloudSession`: the server-side session list (seed 003), without unread. */
export function fakeCloudSessionService(nim: FakeNimState) {
  const cloudOf = (session: Session): NIMECloudSession => ({
    sessionId: session.id,
    updateTime: session.updateTime,
    ...(session.ext ? { ext: session.ext } : {}),
    ...(session.lastMsg
      ? {
          lastMsgInfo: {
            isLastMsgRecalled: Boolean(session.lastMsg.recall),
            ...(session.lastMsg.recall ? {} : { lastMsg: imOf(session.lastMsg, nim.account) }),
          },
        }
      : {}),
  });
  const visible = (session: Session) => {
    const deleted = nim.cloud.cloudDeletedAt.get(accountSession(nim.account, session.id));
    return deleted === undefined || session.updateTime > deleted;
  };
  return {
    queryCloudSessionList: async ({
      minTimestamp = 0,
      maxTimestamp,
      limit = 100,
      includedLastMsg = true,
    } = {}) => {
      if (limit < 1 || limit > 100) throw paramError('limit must be 1..100');
      const max = maxTimestamp || Number.POSITIVE_INFINITY;
      const all = (await server(() => allSessions(nim.device()))).filter(
        (s) => visible(s) && s.updateTime > minTimestamp && s.updateTime < max,
      );
      const page = all.slice(0, limit).map(cloudOf);
      return {
        sessionList: includedLastMsg ? page : page.map(({ lastMsgInfo: _, ...rest }) => rest),
        hasMore: all.length > limit,
      };
    },
    queryCloudSession: async ({ sessionId }) => {
      const session = await server(async () => nim.device().getSession?.(sessionId));
      if (!session || !visible(session)) throw new FakeNimError(404, 'session not found');
      return cloudOf(session);
    },
    updateCloudSession: async ({ sessionId, ext }) => {
      if (!parseSessionId(sessionId)) throw paramError('sessionId');
      await server(async () => nim.device().setSessionExt?.(sessionId, ext));
    },
    deleteCloudSessionList: async ({ sessionIdList }) => {
      for (const id of sessionIdList) {
        // The server stamps the delete after what it holds. Its clock runs ahead of Date.now()
        // when several messages share a millisecond, so stamp no earlier than the session.
        const session = await server(async () => nim.device().getSession?.(id));
        nim.cloud.cloudDeletedAt.set(
          accountSession(nim.account, id),
          Math.max(Date.now(), session?.updateTime ?? 0),
        );
      }
    },
  } satisfies CloudSessionServiceInterface;
}

/** `nim.user`: name cards. */
export function fakeUserService(nim: FakeNimState) {
  return {
    getUsersNameCardFromServer: async ({ accounts }) =>
      ((await server(async () => nim.device().getUsers?.(accounts))) ?? []).map(nameCardOf),
  } satisfies Pick<UserServiceInterface, 'getUsersNameCardFromServer'>;
}

/** `nim.team`: team info and members. */
export function fakeTeamService(nim: FakeNimState) {
  return {
    getTeamInfo: async ({ teamId }) => {
      const [team] = (await server(async () => nim.device().getTeams?.([teamId]))) ?? [];
      if (!team) throw new FakeNimError(803, 'The team does not exist or has not changed');
      return nimTeamOf(team);
    },
    getTeamMembers: async ({ teamId }) =>
      ((await server(async () => nim.device().getTeamMembers?.(teamId))) ?? []).map((m) =>
        nimMemberOf(teamId, m),
      ),
  } satisfies Pick<TeamServiceInterface, 'getTeamInfo' | 'getTeamMembers'>;
}
