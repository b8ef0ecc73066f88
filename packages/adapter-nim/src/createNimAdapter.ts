import type {
  AdapterEvent,
  AdapterListener,
  ChatAdapter,
  ConnectInfo,
  Message,
  Session,
  SessionId,
  StickTopInfo,
} from '@parley/core';
import {
  ChatError,
  clampPageSize,
  DEFAULT_RECALL_WINDOW_MS,
  MAX_PINS,
  NOT_PINNED,
  pageAfter,
  parseSessionId,
} from '@parley/core';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface';
import { deleteHistory } from './deleteHistory.ts';
import { fetchHistory } from './fetchHistory.ts';
import type { NimAdapterOptions } from './NimAdapterOptions.ts';
import { assertLiveNim } from './NimInstance.ts';
import { NimMessageCache } from './NimMessageCache.ts';
import { nimCall } from './nimErrors.ts';
import { listenToNim } from './nimEvents.ts';
import { Recalls, recalledVersion } from './Recalls.ts';
import { SessionView } from './SessionView.ts';
import { sendToNim } from './sendToNim.ts';
import { toMessage } from './toMessage.ts';
import { toNimMessage } from './toNimMessage.ts';
import { toTeam, toTeamMembers, toUserProfile } from './toProfiles.ts';
import { toStickTop } from './toSession.ts';
import { waitForSync } from './waitForSync.ts';

function target(id: SessionId): { scene: 'p2p' | 'team' | 'superTeam'; to: string } {
  const parsed = typeof id === 'string' ? parseSessionId(id) : null;
  if (!parsed) throw new ChatError('INVALID_ARGUMENT', `Not a session id: ${String(id)}`);
  return parsed;
}

function checkMessage(message: Message): Message {
  if (typeof message !== 'object' || message === null || typeof message.idClient !== 'string') {
    throw new ChatError('INVALID_ARGUMENT', 'Expected a message with an idClient');
  }
  target(message.sessionId);
  return message;
}

/** Users per `getUsersNameCardFromServer` call. */
const USER_BATCH = 150;

/**
 * A `ChatAdapter` on the NetEase IM Web SDK (nim-web-sdk-ng): one SDK instance, made by the app
 * with its own app key and token, is one device. The package README maps every seed call and
 * SDK event onto the contract and says what the SDK cannot do.
 * @throws ChatError `INVALID_ARGUMENT` when `nim` is not an SDK instance
 */
export function createNimAdapter(options: NimAdapterOptions): ChatAdapter {
  const { nim } = options;
  assertLiveNim(nim);
  const maxPins = options.maxPins ?? MAX_PINS;
  const listeners = new Set<AdapterListener>();
  const cache = new NimMessageCache();
  const recalls = new Recalls();
  const me = () => options.account ?? nim.options?.account ?? '';
  const view = new SessionView(recalls, me);
  let connected = false;
  let stopping = false;
  let unlisten: (() => void) | undefined;

  const emit = (event: AdapterEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const remember = (im: IMMessage) => cache.put(im);
  const live = () => {
    if (!connected) throw new ChatError('NOT_CONNECTED', 'The NetEase IM adapter is not connected');
  };
  const imOf = (message: Message): IMMessage =>
    cache.get(message.idClient) ?? toNimMessage(message, me());
  const sessions = () => view.list(nim.session.getAllSessions() ?? []);
  const history = (sessionId: SessionId) => ({
    me: me(),
    msgLog: nim.msgLog,
    recalled: recalls.of(sessionId),
    remember,
  });
  const stickTop = async (
    run: () => Promise<{ stickTopInfo?: Parameters<typeof toStickTop>[0] }>,
  ) => toStickTop((await nimCall('pin', run))?.stickTopInfo);

  const adapter: ChatAdapter = {
    recallWindowMs: options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS,
    maxPins,

    async connect(): Promise<ConnectInfo> {
      if (connected) return { account: me() };
      stopping = false;
      unlisten ??= listenToNim(nim, {
        me,
        emit,
        recalls,
        remember,
        noteCloudSession: (cloud) => view.noteCloudSession(cloud),
        stopping: () => stopping,
      });
      emit({ type: 'connection', status: 'connecting' });
      const synced = waitForSync(nim, options.syncTimeoutMs ?? 30_000);
      try {
        await nimCall('connect', () => nim.connect());
        await synced.done;
        if (!me()) throw new ChatError('AUTH_FAILED', 'The SDK instance has no account');
      } catch (error) {
        synced.cancel();
        unlisten?.();
        unlisten = undefined;
        emit({ type: 'connection', status: 'disconnected' });
        throw error;
      }
      connected = true;
      emit({ type: 'connection', status: 'connected' });
      return { account: me() };
    },

    async disconnect() {
      if (!unlisten) return;
      stopping = true;
      connected = false;
      await nimCall('other', () => nim.disconnect()).catch(() => undefined);
      unlisten();
      unlisten = undefined;
      emit({ type: 'connection', status: 'disconnected' });
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    async getSessions(query) {
      live();
      return pageAfter(
        sessions(),
        { cursor: query?.cursor, limit: clampPageSize(query?.limit) },
        (s) => s.id,
      );
    },

    async getSession(sessionId) {
      target(sessionId);
      live();
      const raw = nim.session.getSession({ id: sessionId });
      return (
        (raw ? view.view(raw) : null) ??
        view.extSessions(new Set()).find((s) => s.id === sessionId) ??
        null
      );
    },

    async getHistory(query) {
      target(query?.sessionId);
      live();
      return fetchHistory(query, history(query.sessionId));
    },

    async send(request, sendOptions) {
      live();
      const sent = await sendToNim(nim.msg, request, sendOptions);
      remember(sent);
      const message = toMessage(sent, me());
      if (!message) throw new ChatError('SEND_FAILED', 'The SDK answered the send with no message');
      return message;
    },

    async recall(message) {
      checkMessage(message);
      live();
      if (message.from !== me()) {
        throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
      }
      if (!message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
      await nimCall('recall', () => nim.msg.recallMsg({ msg: imOf(message) }));
      return recalls.add(recalledVersion(message, me(), Math.max(Date.now(), message.time)));
    },

    async markSessionRead(sessionId) {
      target(sessionId);
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

    async sendReceipt(message) {
      const { scene, to } = target(checkMessage(message).sessionId);
      live();
      if (scene === 'p2p') {
        await nimCall('other', () => nim.msg.sendMsgReceipt({ msg: imOf(message) }));
      } else if (scene === 'team' && message.idServer) {
        const receipt = { teamId: to, idServer: message.idServer, idClient: message.idClient };
        await nimCall('other', () => nim.msg.sendTeamMsgReceipt({ teamMsgReceipts: [receipt] }));
      }
      // superTeam: the SDK has no read receipts for super teams, so there is no one to tell.
    },

    async pin(sessionId, ext) {
      target(sessionId);
      live();
      const info = await stickTop(() =>
        nim.session.addStickTopSession({ id: sessionId, ...(ext === undefined ? {} : { ext }) }),
      );
      emit({ type: 'pin', sessionId, stickTopInfo: info });
      return info;
    },

    async unpin(sessionId) {
      target(sessionId);
      live();
      const info = await stickTop(() => nim.session.deleteStickTopSession({ id: sessionId }));
      const unpinned: StickTopInfo = info.isStickOnTop
        ? { ...NOT_PINNED, updateTime: Date.now() }
        : info;
      emit({ type: 'pin', sessionId, stickTopInfo: unpinned });
      return unpinned;
    },

    async updatePinExt(sessionId, ext) {
      target(sessionId);
      live();
      const info = await stickTop(() => nim.session.updateStickTopSession({ id: sessionId, ext }));
      emit({ type: 'pin', sessionId, stickTopInfo: info });
      return info;
    },

    async deleteSessions(sessionIds, { clearHistory, unpin }) {
      if (!Array.isArray(sessionIds))
        throw new ChatError('INVALID_ARGUMENT', 'Expected session ids');
      const targets = sessionIds.map((id) => ({ id, ...target(id) }));
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

    async deleteHistory(targetHistory) {
      const { scene } = target(targetHistory?.sessionId);
      live();
      await deleteHistory(targetHistory, scene, {
        msg: nim.msg,
        find: (id) => cache.get(id),
        page: (query) => fetchHistory(query, history(targetHistory.sessionId)),
        forgetRecalls: (before) => recalls.clear(targetHistory.sessionId, before),
      });
    },

    async getUsers(accounts) {
      live();
      const wanted = (Array.isArray(accounts) ? accounts : []).filter(
        (a) => typeof a === 'string' && a,
      );
      const users = [];
      for (let i = 0; i < wanted.length; i += USER_BATCH) {
        const batch = wanted.slice(i, i + USER_BATCH);
        const cards = await nimCall('other', () =>
          nim.user.getUsersNameCardFromServer({ accounts: batch }),
        );
        users.push(...(cards ?? []).flatMap(toUserProfile));
      }
      return users;
    },

    async getTeams(teamIds) {
      live();
      const ids = (Array.isArray(teamIds) ? teamIds : []).filter(
        (id) => typeof id === 'string' && id,
      );
      const found = await Promise.all(
        ids.map((teamId) =>
          nimCall('other', () => nim.team.getTeamInfo({ teamId })).then(
            toTeam,
            (error: unknown) => {
              if (error instanceof ChatError && error.code === 'NOT_FOUND') return [];
              throw error;
            },
          ),
        ),
      );
      return found.flat();
    },

    async getTeamMembers(teamId) {
      live();
      return toTeamMembers(
        (await nimCall('other', () => nim.team.getTeamMembers({ teamId }))) ?? [],
      );
    },

    async getTeamReceiptDetail(message) {
      const { scene, to } = target(checkMessage(message).sessionId);
      live();
      if (scene !== 'team')
        throw new ChatError('UNSUPPORTED', 'Only team messages have read lists');
      const teamMsgReceipt = { teamId: to, idServer: message.idServer, idClient: message.idClient };
      const result = await nimCall('other', () =>
        nim.msg.getTeamMsgReadAccounts({ teamMsgReceipt }),
      );
      return {
        read: [...(result?.readAccounts ?? [])],
        unread: [...(result?.unreadAccounts ?? [])],
      };
    },
  };

  if (options.cloudSessions) {
    adapter.setSessionExt = async (sessionId: SessionId, ext: string): Promise<Session> => {
      target(sessionId);
      if (typeof ext !== 'string') throw new ChatError('INVALID_ARGUMENT', 'ext must be a string');
      live();
      await nimCall('other', () => nim.cloudSession.updateCloudSession({ sessionId, ext }));
      const cloud = await nimCall('other', () => nim.cloudSession.queryCloudSession({ sessionId }));
      view.noteCloudSession(cloud ?? { sessionId, ext, updateTime: Date.now() });
      const found = await adapter.getSession?.(sessionId);
      if (!found) throw new ChatError('NOT_FOUND', `The server has no session ${sessionId}`);
      return found;
    };
  }
  return adapter;
}
