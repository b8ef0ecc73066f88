import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type {
  AdapterListener,
  ChatAdapter,
  SendOptions,
  SendRequest,
} from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import { NOT_PINNED, type StickTopInfo } from '../model/Session.ts';
import { type SessionId, toSessionId } from '../model/SessionId.ts';
import { pageAfter } from '../rules/paging.ts';
import { assertCanPin } from '../rules/pin.ts';
import type { FakeDevice, FakeServer } from './FakeServer.ts';

/** Test controls of a fake adapter. */
export interface FakeControls {
  /** While set, sends wait for this promise (to observe the optimistic state). */
  gate: Promise<void> | null;
  /** The next send rejects with this error. */
  failNextSend: ChatError | null;
  /** Calls by method name. */
  calls: string[];
}

function toMessage(request: SendRequest, from: string, time: number, idServer: string): Message {
  const { file: _file, needReceipt: _needReceipt, ...content } = request;
  return {
    ...content,
    idServer,
    from,
    time,
    status: 'sent',
    sessionId: toSessionId(request.scene, request.to),
  };
}

/** One device of `account` on a {@link FakeServer}. */
export function createFakeAdapter(
  server: FakeServer,
  account: string,
  options: { withPinnedList?: boolean } = {},
): ChatAdapter & { controls: FakeControls } {
  const listeners = new Set<AdapterListener>();
  const controls: FakeControls = { gate: null, failNextSend: null, calls: [] };
  const device: FakeDevice = {
    account,
    connected: false,
    push: (event: AdapterEvent) => {
      for (const listener of listeners) listener(event);
    },
  };
  server.devices.add(device);
  const me = () => server.account(account);
  const ready = (method: string) => {
    controls.calls.push(method);
    if (!device.connected) throw new ChatError('NOT_CONNECTED', 'Not connected');
  };
  const others = (event: AdapterEvent) => server.broadcast([account], () => event, device);
  const setPin = (sessionId: SessionId, info: StickTopInfo) => {
    me().pins.set(sessionId, info);
    others({ type: 'pin', sessionId, stickTopInfo: info });
    return info;
  };

  const adapter: ChatAdapter & { controls: FakeControls } = {
    controls,
    async connect() {
      device.connected = true;
      return { account, serverTime: server.clock };
    },
    async disconnect() {
      device.connected = false;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async getSessions(query) {
      ready('getSessions');
      return pageAfter(
        server.sessions(account),
        { cursor: query.cursor, limit: query.limit ?? 100 },
        (s) => s.id,
      );
    },
    async getHistory(query) {
      ready('getHistory');
      const newer = query.direction === 'newer';
      const all = server.history(account, query.sessionId);
      const anchored = all.filter((m) =>
        query.anchorTime === undefined
          ? true
          : newer
            ? m.time > query.anchorTime
            : m.time < query.anchorTime,
      );
      const list = newer ? anchored : anchored.reverse();
      return pageAfter(list, { cursor: query.cursor, limit: query.limit ?? 20 }, (m) => m.idClient);
    },
    async send(request: SendRequest, sendOptions?: SendOptions) {
      ready('send');
      const known = server.find(request.idClient);
      if (known) return server.viewOf(known, account);
      if (request.file) sendOptions?.onProgress?.(0.5);
      if (controls.gate) {
        await controls.gate;
        ready('send');
      }
      if (sendOptions?.signal?.aborted) throw new ChatError('UPLOAD_CANCELLED', 'cancelled');
      if (controls.failNextSend) {
        const error = controls.failNextSend;
        controls.failNextSend = null;
        throw error;
      }
      if (request.file) sendOptions?.onProgress?.(1);
      const message = toMessage(request, account, server.tick(), `s${server.clock}`);
      server.replace(message);
      server.broadcast(
        server.participants(message),
        (to) => ({ type: 'message', message: server.viewOf(message, to) }),
        device,
      );
      return server.viewOf(message, account);
    },
    async recall(message) {
      ready('recall');
      const stored = server.find(message.idClient);
      if (!stored) throw server.notFound('Message');
      const time = server.tick();
      const recalled: Message = {
        ...stored,
        type: 'tip',
        attach: undefined,
        body: '',
        recall: { by: account, time },
      };
      server.replace(recalled);
      server.broadcast(
        server.participants(recalled),
        (to) => ({ type: 'recall', message: server.viewOf(recalled, to) }),
        device,
      );
      return server.viewOf(recalled, account);
    },
    async markSessionRead(sessionId, ack) {
      ready('markSessionRead');
      me().acks.set(sessionId, Math.max(ack, me().acks.get(sessionId) ?? 0));
      others({ type: 'sessionRead', sessionId, ack });
    },
    async sendReceipt(message) {
      ready('sendReceipt');
      if (message.scene !== 'p2p') return;
      const peer = message.from;
      const sessionId = toSessionId('p2p', account);
      const peerState = server.account(peer);
      peerState.receipts.set(
        sessionId,
        Math.max(message.time, peerState.receipts.get(sessionId) ?? 0),
      );
      server.broadcast([peer], () => ({ type: 'p2pReceipt', sessionId, time: message.time }));
    },
    async pin(sessionId, ext = '') {
      ready('pin');
      const current = me().pins.get(sessionId);
      assertCanPin(server.pinnedCount(account), current?.isStickOnTop ?? false);
      const time = server.tick();
      return setPin(sessionId, { isStickOnTop: true, createTime: time, updateTime: time, ext });
    },
    async unpin(sessionId) {
      ready('unpin');
      return setPin(sessionId, { ...NOT_PINNED, updateTime: server.tick() });
    },
    async updatePinExt(sessionId, ext) {
      ready('updatePinExt');
      const current = me().pins.get(sessionId);
      if (!current?.isStickOnTop) throw server.notFound('Pin');
      return setPin(sessionId, { ...current, ext, updateTime: server.tick() });
    },
    async deleteSessions(sessionIds, deleteOptions) {
      ready('deleteSessions');
      const time = server.clock;
      for (const id of sessionIds) {
        me().deletions.set(id, { time, clearHistory: deleteOptions.clearHistory });
        if (deleteOptions.unpin) me().pins.delete(id);
      }
      others({
        type: 'sessionsDeleted',
        sessionIds,
        time,
        clearHistory: deleteOptions.clearHistory,
      });
    },
    async deleteHistory(target) {
      ready('deleteHistory');
      const time = server.tick();
      if ('before' in target) {
        me().historyBefore.set(target.sessionId, target.before);
        others({
          type: 'historyDeleted',
          sessionId: target.sessionId,
          before: target.before,
          time,
        });
        return;
      }
      const ids = me().historyIds.get(target.sessionId) ?? new Set<string>();
      for (const id of target.idClients) ids.add(id);
      me().historyIds.set(target.sessionId, ids);
      others({
        type: 'historyDeleted',
        sessionId: target.sessionId,
        idClients: target.idClients,
        time,
      });
    },
  };
  if (options.withPinnedList) {
    adapter.getPinnedSessions = async (query) => {
      ready('getPinnedSessions');
      const pinned = server
        .sessions(account)
        .filter((s) => s.stickTopInfo.isStickOnTop)
        .sort((a, b) => b.stickTopInfo.createTime - a.stickTopInfo.createTime);
      return pageAfter(pinned, { cursor: query.cursor, limit: query.limit ?? 50 }, (s) => s.id);
    };
  }
  return adapter;
}
