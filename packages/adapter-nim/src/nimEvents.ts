import type {
  AdapterEvent,
  ChatErrorInfo,
  Message,
  Session,
  SessionId,
  Team,
  UserProfile,
} from '@parley/core';
import type { RecallMemory } from '@parley/core/rules';
import { parseSessionId, toSessionId } from '@parley/core/rules';
import type { NIMECloudSession } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudSessionServiceInterface.js';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { LiveNim, NimEventArgs, NimEventName } from './NimInstance.ts';
import { type NimReplies, replyLink } from './NimReplies.ts';
import { recallFromSystemMessage } from './recallFromSystemMessage.ts';
import { toMessage } from './toMessage.ts';
import { toTeam, toUserProfile } from './toProfiles.ts';
import { toSession } from './toSession.ts';

/** What the event translation reads and writes besides the SDK. */
export interface EventDeps {
  me(): string;
  emit(event: AdapterEvent): void;
  recalls: RecallMemory;
  remember(message: IMMessage): void;
  /** Reads the quotes of replies. */
  replies: NimReplies;
  /** Notes a server session another device changed. */
  noteCloudSession(cloud: NIMECloudSession): void;
  /** True once `disconnect` was asked for: the SDK's `disconnect` event is then expected. */
  stopping(): boolean;
}

type Handlers = { [K in NimEventName]: (...args: NimEventArgs<K>) => void };

function sameStickTop(a: Session['stickTopInfo'], b: Session['stickTopInfo']): boolean {
  return (
    a.isStickOnTop === b.isStickOnTop &&
    a.createTime === b.createTime &&
    a.updateTime === b.updateTime &&
    a.ext === b.ext
  );
}

/**
 * Translates the SDK's events into Parley's adapter events. `updateSession` says only that a
 * session changed, so it is compared with the last version seen: a pin change becomes `pin`,
 * a reset unread (`unread` 0, a later `ack`) `sessionRead`, a later `msgReceiptTime`
 * `p2pReceipt`. Returns the function that stops listening.
 */
export function listenToNim(nim: LiveNim, deps: EventDeps): () => void {
  const seen = new Map<SessionId, Session>();
  const connection = (
    status: 'connected' | 'reconnecting' | 'disconnected',
    error?: ChatErrorInfo,
  ) => deps.emit({ type: 'connection', status, ...(error ? { error } : {}) });
  // Messages go out in the order the SDK gave them. A reply waits for its quote, when the
  // original has to be read from the server, and the messages after it wait with it.
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  const deliver = (im: IMMessage, message: Message) => {
    if (waiting === 0 && !replyLink(im)) {
      deps.emit({ type: 'message', message });
      return;
    }
    waiting += 1;
    const ready = deps.replies.attach([message], new Map([[message.idClient, im]]));
    queue = queue
      .then(() => ready)
      .then(
        ([quoted]) => deps.emit({ type: 'message', message: quoted ?? message }),
        () => deps.emit({ type: 'message', message }),
      )
      .finally(() => {
        waiting -= 1;
      });
  };
  const recall = (sys: Parameters<Handlers['sysMsg']>[0]) => {
    const recalled = recallFromSystemMessage(sys, deps.me());
    if (recalled) deps.emit({ type: 'recall', message: deps.recalls.add(recalled) });
  };

  const handlers: Handlers = {
    logined: () => connection('connected'),
    willReconnect: () => connection('reconnecting'),
    disconnect: () => {
      if (!deps.stopping()) connection('disconnected');
    },
    kicked: (reason) =>
      connection('disconnected', {
        code: 'NOT_CONNECTED',
        message: `Signed out by the server (${reason?.reason ?? 'kicked'}): another device may have signed in`,
      }),
    syncdone: () => undefined,
    msg: (im) => {
      const message = toMessage(im, deps.me());
      if (!message) return;
      deps.remember(im);
      deliver(im, message);
    },
    sysMsg: recall,
    syncSysMsgs: (list) => {
      for (const sys of Array.isArray(list) ? list : []) recall(sys);
    },
    updateSession: (raw) => {
      const session = toSession(raw, deps.me());
      if (!session) return;
      const before = seen.get(session.id);
      seen.set(session.id, session);
      if (
        before
          ? !sameStickTop(before.stickTopInfo, session.stickTopInfo)
          : session.stickTopInfo.isStickOnTop
      ) {
        // An unpin may come without times: it must still win over the pin it undoes.
        const info = session.stickTopInfo;
        const updateTime = Math.max(info.updateTime, (before?.stickTopInfo.updateTime ?? 0) + 1);
        deps.emit({ type: 'pin', sessionId: session.id, stickTopInfo: { ...info, updateTime } });
      }
      if (session.unread === 0 && session.ack > (before?.ack ?? 0)) {
        deps.emit({ type: 'sessionRead', sessionId: session.id, ack: session.ack });
      }
      if (session.scene === 'p2p' && session.msgReceiptTime > (before?.msgReceiptTime ?? 0)) {
        deps.emit({ type: 'p2pReceipt', sessionId: session.id, time: session.msgReceiptTime });
      }
    },
    msgReceipts: (receipts) => {
      for (const receipt of Array.isArray(receipts) ? receipts : []) {
        if ('teamId' in receipt) {
          if (typeof receipt.idClient !== 'string') continue;
          deps.emit({
            type: 'teamReceipt',
            sessionId: toSessionId('team', receipt.teamId),
            idClient: receipt.idClient,
            read: Number(receipt.read) || 0,
            unread: Number(receipt.unread) || 0,
          });
        } else if (typeof receipt.sessionId === 'string' && receipt.msgReceiptTime > 0) {
          deps.emit({
            type: 'p2pReceipt',
            sessionId: receipt.sessionId,
            time: receipt.msgReceiptTime,
          });
        }
      }
    },
    deleteSelfMsgs: (results) => {
      const bySession = new Map<SessionId, { ids: string[]; time: number }>();
      for (const r of Array.isArray(results) ? results : []) {
        const peer =
          r.scene === 'p2p' && r.from === deps.me() ? r.to : r.scene === 'p2p' ? r.from : r.to;
        const id = toSessionId(r.scene, peer);
        const entry = bySession.get(id) ?? { ids: [], time: 0 };
        entry.ids.push(r.idClient);
        entry.time = Math.max(entry.time, r.deletedTime);
        bySession.set(id, entry);
      }
      for (const [sessionId, { ids, time }] of bySession) {
        deps.emit({ type: 'historyDeleted', sessionId, idClients: ids, time });
      }
    },
    clearServerHistoryMsgs: (list) => {
      // All my history of the session is gone: in Parley terms the session was deleted with
      // its history, and it comes back with the next message.
      for (const { sessionId, time } of Array.isArray(list) ? list : []) {
        deps.recalls.clear(sessionId, time);
        deps.emit({ type: 'sessionsDeleted', sessionIds: [sessionId], time, clearHistory: true });
      }
    },
    multiSyncUpdateCloudSession: (cloud) => {
      const target = typeof cloud?.sessionId === 'string' ? parseSessionId(cloud.sessionId) : null;
      if (!target) return;
      const ext = typeof cloud.ext === 'string' ? cloud.ext : '';
      deps.noteCloudSession(cloud);
      deps.emit({
        type: 'sessionUpdated',
        session: { id: cloud.sessionId, ...target, ext },
        time: Number(cloud.updateTime) || 0,
      });
    },
    users: (cards) => {
      const users: UserProfile[] = (Array.isArray(cards) ? cards : []).flatMap(toUserProfile);
      if (users.length > 0) deps.emit({ type: 'users', users });
    },
    teams: (list) => {
      const teams: Team[] = (Array.isArray(list) ? list : []).flatMap(toTeam);
      if (teams.length > 0) deps.emit({ type: 'teams', teams });
    },
    updateTeam: (team) => {
      const teams = toTeam(team);
      if (teams.length > 0) deps.emit({ type: 'teams', teams });
    },
  };

  const names = Object.keys(handlers) as NimEventName[];
  const on = <K extends NimEventName>(name: K) => nim.on(name, handlers[name]);
  const off = <K extends NimEventName>(name: K) => nim.off(name, handlers[name]);
  for (const name of names) on(name);
  return () => {
    for (const name of names) off(name);
  };
}
