import type {
  AdapterListener,
  ChatAdapter,
  ConnectInfo,
  HistoryDelete,
  HistoryQuery,
  Message,
  Page,
  PageQuery,
  SendRequest,
  Session,
  SessionId,
  StickTopInfo,
} from '@parley/core';
import { ChatError, toChatError } from '@parley/core';
import {
  checkSessionId,
  DEFAULT_RECALL_WINDOW_MS,
  emptySession,
  NOT_PINNED,
} from '@parley/core/rules';
import { searchDirectory } from './directory.ts';
import { fetchHistory } from './fetchHistory.ts';
import { displayedStanza, retractStanza, type Target } from './outgoing.ts';
import type { SessionState } from './SessionStates.ts';
import { sendCorrection } from './sendCorrection.ts';
import { sendMessage } from './sendMessage.ts';
import { sendReaction } from './sendReaction.ts';
import { allSessions, buildSession, clampLimit, pageAfter } from './views.ts';
import { DEFAULT_EDIT_WINDOW_MS, type XmppAdapterOptions } from './XmppAdapterOptions.ts';
import { XmppDevice } from './XmppDevice.ts';

function sessionOf(id: SessionId): { scene: 'p2p' | 'team' | 'superTeam'; to: string } {
  return checkSessionId(id);
}

/**
 * A `ChatAdapter` on an XMPP server (Prosody 0.12+, ejabberd): one adapter is one device
 * (resource) of one account. See the package README for how the contract maps onto XEPs.
 */
export function createXmppAdapter(options: XmppAdapterOptions): ChatAdapter {
  const maxPins = options.maxPins ?? 50;
  let device: XmppDevice | null = null;
  let stopped = false;
  const listeners = new Set<AdapterListener>();

  function live(): XmppDevice {
    if (!device?.online || stopped)
      throw new ChatError('NOT_CONNECTED', 'The XMPP adapter is not connected');
    return device;
  }

  function target(d: XmppDevice, scene: string, to: string): Target {
    return scene === 'p2p'
      ? { jid: `${to}@${options.domain}`, type: 'chat' }
      : { jid: d.roomJid(to), type: 'groupchat' };
  }

  async function change(
    d: XmppDevice,
    id: SessionId,
    edit: (s: SessionState) => SessionState,
  ): Promise<SessionState> {
    const next = edit(d.states.get(id));
    await d.states.publish(next);
    return next;
  }

  async function send(request: SendRequest): Promise<Message> {
    const d = live();
    return sendMessage(d, request, target(d, request.scene, request.to));
  }

  async function pinChange(
    id: SessionId,
    edit: (info: StickTopInfo, now: number) => StickTopInfo,
  ): Promise<StickTopInfo> {
    const d = live();
    sessionOf(id);
    const now = d.now();
    const next = await change(d, id, (s) => ({
      ...s,
      stickTopInfo: edit(s.stickTopInfo, now),
      change: { op: 'pin', by: d.resource, time: now },
    }));
    d.emit({ type: 'pin', sessionId: id, stickTopInfo: next.stickTopInfo });
    return next.stickTopInfo;
  }

  /** Where a reaction or correction of `message` goes: the peer or the room. */
  function targetOf(d: XmppDevice, message: Message): Target {
    const { scene, to } = sessionOf(message.sessionId);
    return target(d, scene, to);
  }

  const adapter: ChatAdapter = {
    recallWindowMs: options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS,
    editWindowMs: options.editWindowMs ?? DEFAULT_EDIT_WINDOW_MS,
    maxPins,
    replies: true,

    async connect(): Promise<ConnectInfo> {
      if (device?.online && !stopped) return { account: options.username };
      stopped = false;
      const next = new XmppDevice(options);
      for (const l of listeners) next.listeners.add(l);
      device = next;
      next.listeners.add(() => undefined);
      next.emit({ type: 'connection', status: 'connecting' });
      try {
        await next.start();
      } catch (error) {
        const chatError = toChatError(error);
        next.emit({ type: 'connection', status: 'disconnected', error: chatError.toJSON() });
        throw chatError;
      }
      next.emit({ type: 'connection', status: 'connected' });
      return { account: options.username, serverTime: Date.now() };
    },

    async disconnect() {
      stopped = true;
      await device?.stop();
    },

    subscribe(listener) {
      listeners.add(listener);
      device?.listeners.add(listener);
      return () => {
        listeners.delete(listener);
        device?.listeners.delete(listener);
      };
    },

    async getSessions(query: PageQuery): Promise<Page<Session>> {
      const d = live();
      await d.link.barrier();
      const sessions = allSessions(d.me, d.index, d.states, d.hiddenUntil);
      return pageAfter(sessions, (s) => s.id, query.cursor, clampLimit(query.limit, 100));
    },

    async getHistory(query: HistoryQuery): Promise<Page<Message>> {
      sessionOf(query.sessionId);
      return fetchHistory(live(), query);
    },

    send,

    async recall(message) {
      const d = live();
      const { scene, to } = sessionOf(message.sessionId);
      if (message.from !== d.me)
        throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
      const known = d.index.find(message.sessionId, message.idClient);
      if (!known?.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
      if (known.recall) return known;
      const now = d.now();
      if (now - known.time > d.recallWindowMs) {
        throw new ChatError('RECALL_EXPIRED', 'The recall window has passed', {
          details: { windowMs: d.recallWindowMs },
        });
      }
      const dest = target(d, scene, to);
      if (dest.type === 'groupchat') await d.rooms.enter(to);
      await d.link.send(retractStanza(known, dest, now, `retract-${known.idClient}`));
      return d.index.retract(message.sessionId, known.idClient, d.me, now) ?? known;
    },

    async react(message, change, mine) {
      const d = live();
      return sendReaction(d, message, change, mine, targetOf(d, message));
    },

    async edit(message, body) {
      const d = live();
      return sendCorrection(d, message, body, targetOf(d, message));
    },

    async markSessionRead(sessionId, ack) {
      sessionOf(sessionId);
      const d = live();
      if (!(ack > d.states.get(sessionId).ack)) return;
      await change(d, sessionId, (s) => ({
        ...s,
        ack,
        change: { op: 'read', by: d.resource, time: d.now() },
      }));
    },

    async sendReceipt(message) {
      const d = live();
      const { scene, to } = sessionOf(message.sessionId);
      const dest = target(d, scene, scene === 'p2p' ? message.from : to);
      if (dest.type === 'groupchat') await d.rooms.enter(to);
      await d.link.send(displayedStanza(message, dest, `displayed-${message.idClient}-${d.now()}`));
    },

    async pin(sessionId, ext = '') {
      const d = live();
      sessionOf(sessionId);
      const pinned = [...d.states.states.values()].filter(
        (s) => s.stickTopInfo.isStickOnTop && s.id !== sessionId,
      );
      if (!d.states.get(sessionId).stickTopInfo.isStickOnTop && pinned.length >= maxPins) {
        throw new ChatError('PIN_LIMIT', `At most ${maxPins} sessions can be pinned`);
      }
      return pinChange(sessionId, (info, now) => ({
        isStickOnTop: true,
        createTime: info.isStickOnTop ? info.createTime : now,
        updateTime: now,
        ext,
      }));
    },

    async unpin(sessionId) {
      return pinChange(sessionId, (_info, now) => ({ ...NOT_PINNED, updateTime: now }));
    },

    async updatePinExt(sessionId, ext) {
      const d = live();
      sessionOf(sessionId);
      if (!d.states.get(sessionId).stickTopInfo.isStickOnTop) {
        throw new ChatError('NOT_FOUND', 'The session is not pinned');
      }
      return pinChange(sessionId, (info, now) => ({ ...info, updateTime: now, ext }));
    },

    async deleteSessions(sessionIds, { clearHistory, unpin }) {
      const d = live();
      for (const id of sessionIds) sessionOf(id);
      for (const id of sessionIds) {
        const last = d.index.logs.get(id)?.ordered.at(-1)?.time ?? 0;
        const now = d.now();
        if (!clearHistory) d.hiddenUntil.set(id, last);
        await change(d, id, (s) => ({
          ...s,
          clearedBefore: clearHistory ? Math.max(s.clearedBefore, last, now - 1) : s.clearedBefore,
          stickTopInfo: unpin ? { ...NOT_PINNED, updateTime: now } : s.stickTopInfo,
          change: { op: 'delete', clearHistory, by: d.resource, time: now },
        }));
      }
    },

    async deleteHistory(target: HistoryDelete) {
      sessionOf(target.sessionId);
      const d = live();
      const time = d.now();
      await change(d, target.sessionId, (s) =>
        'idClients' in target
          ? {
              ...s,
              deletedIds: [...new Set([...s.deletedIds, ...target.idClients])],
              change: { op: 'history', idClients: target.idClients, by: d.resource, time },
            }
          : {
              ...s,
              clearedBefore: Math.max(s.clearedBefore, target.before),
              change: { op: 'history', before: target.before, by: d.resource, time },
            },
      );
    },

    async getSession(sessionId) {
      sessionOf(sessionId);
      const d = live();
      await d.link.barrier();
      return buildSession(sessionId, d.me, d.index, d.states, d.hiddenUntil);
    },

    async getPinnedSessions(query: PageQuery): Promise<Page<Session>> {
      const d = live();
      await d.link.barrier();
      const pinned = [...d.states.states.values()]
        .filter((s) => s.stickTopInfo.isStickOnTop)
        .sort((a, b) => b.stickTopInfo.createTime - a.stickTopInfo.createTime)
        .slice(0, maxPins)
        .map((s) => {
          const built = buildSession(s.id, d.me, d.index, d.states, new Map());
          const { scene, to } = sessionOf(s.id);
          return (
            built ?? {
              ...emptySession(scene, to),
              stickTopInfo: s.stickTopInfo,
              ext: s.ext,
              mute: s.mute,
            }
          );
        });
      return pageAfter(pinned, (s) => s.id, query.cursor, clampLimit(query.limit, maxPins));
    },

    async markAllSessionsRead() {
      const d = live();
      await d.link.barrier();
      for (const s of allSessions(d.me, d.index, d.states, d.hiddenUntil)) {
        if (s.unread > 0 && s.lastMsg) await adapter.markSessionRead(s.id, s.lastMsg.time);
      }
    },

    async forward(message, dest) {
      if (message.recall)
        throw new ChatError('INVALID_STATE', 'A recalled message cannot be forwarded');
      const request = {
        idClient: dest.idClient,
        scene: dest.scene,
        to: dest.to,
        type: message.type,
        body: message.body,
        attach: message.attach,
      } as SendRequest;
      return send(request);
    },

    async searchDirectory(query) {
      return searchDirectory(live(), query);
    },
  };
  return adapter;
}
