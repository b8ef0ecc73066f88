import type { LocalAdapter } from '@parley/adapter-local';
import { createLocalAdapter } from '@parley/adapter-local';
import type { AdapterEvent, Message, Session, StickTopInfo } from '@parley/core';
import { emptySession, parseSessionId } from '@parley/core/rules';
import {
  allSessions,
  applyMessageToSession,
  applyRecallToSession,
  resetUnread,
} from '@parley/core/testing';
import type { NIMInitializeOptions } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/NIMInterface.js';
import type { NIMEInstanceStatus } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/V1NIMLoginService.js';
import type { NimInstance } from '../NimInstance.ts';
import { FakeEmitter } from './FakeEmitter.ts';
import { accountSession, type FakeNimCloud } from './FakeNimCloud.ts';
import { FakeNimError } from './FakeNimError.ts';
import type { FakeNimState } from './FakeNimState.ts';
import { fakeMsgService } from './fakeMsgService.ts';
import {
  fakeCloudSessionService,
  fakeMsgExtendService,
  fakeMsgLogService,
  fakeTeamService,
  fakeUserService,
} from './fakeServices.ts';
import { fakeSessionService } from './fakeSessionService.ts';
import { imOf, nameCardOf, nimSessionOf, nimTeamOf } from './fakeShapes.ts';

/** Messages per session the login sync hands out as roaming or offline messages. */
const SYNC_MESSAGES = 100;

/**
 * One device of the NetEase IM Web SDK (`NIM.getInstance(...)`), faked over the embedded
 * server. It keeps what the SDK keeps in memory (the recent-session list built from roaming and
 * offline messages at login, the stick-top list) and answers with the SDK's shapes, callbacks,
 * events and status codes, as the seeds and the SDK's `.d.ts` describe them.
 */
export class FakeNim extends FakeEmitter implements NimInstance, FakeNimState {
  readonly options: NIMInitializeOptions;
  status: NIMEInstanceStatus = 'unconnected';
  /** The SDK's memory session list (in Parley's shape; read through `nimSessionOf`). */
  readonly memory = new Map<string, Session>();
  /** The SDK's stick-top list, kept apart from the sessions (a deleted session stays pinned). */
  readonly pins = new Map<string, StickTopInfo>();
  /** Peer read positions by session, kept also for sessions memory does not hold yet. */
  private readonly receipts = new Map<string, number>();
  /** Ids of messages this device has already handed out. */
  readonly seen = new Set<string>();
  private link: LocalAdapter | undefined;

  readonly session = fakeSessionService(this);
  readonly msg = fakeMsgService(this);
  readonly msgLog = fakeMsgLogService(this);
  readonly msgExtend = fakeMsgExtendService(this);
  readonly cloudSession = fakeCloudSessionService(this);
  readonly user = fakeUserService(this);
  readonly team = fakeTeamService(this);

  constructor(
    readonly cloud: FakeNimCloud,
    options: NIMInitializeOptions & { account: string },
  ) {
    super();
    this.options = options;
  }

  get account(): string {
    return this.options.account ?? '';
  }

  /** The device's link to the server; 415 (network unavailable) when signed out. */
  device(): LocalAdapter {
    if (!this.link || this.status !== 'logined')
      throw new FakeNimError(415, 'Client network unavailable');
    return this.link;
  }

  /** Signs in, then syncs: roaming and offline messages, sessions, `syncdone`. */
  async connect(): Promise<void> {
    const token = this.cloud.tokens.get(this.account);
    if (!this.account || (token !== undefined && token !== this.options.token)) {
      throw new FakeNimError(302, 'The user name or password is incorrect.');
    }
    this.status = 'connecting';
    const link = createLocalAdapter({ server: this.cloud.server, account: this.account });
    link.subscribe((event) => this.onServerEvent(event));
    await link.connect();
    this.link = link;
    this.status = 'logined';
    this.emit('logined', { connectionId: link.deviceId, ip: '127.0.0.1', port: '0' });
    await this.sync(link);
  }

  async disconnect(): Promise<void> {
    const link = this.link;
    this.link = undefined;
    this.status = 'unconnected';
    this.memory.clear();
    this.pins.clear();
    this.seen.clear();
    await link?.disconnect();
    this.emit('disconnect');
  }

  async destroy(): Promise<void> {
    await this.disconnect();
    this.status = 'destroyed';
    this.removeAllListeners();
  }

  /** The network drops: calls fail (415), the SDK starts reconnecting (`willReconnect`). */
  dropNetwork(): void {
    this.link?.goOffline();
  }

  /** The network is back: the SDK logs in again (`logined`) and catches up. */
  async restoreNetwork(): Promise<void> {
    await this.link?.goOnline();
  }

  /** The server signs this device out (`kicked`, e.g. the same platform signed in elsewhere). */
  async kick(reason: 'samePlatformKick' | 'serverKick' | 'otherPlatformKick' = 'samePlatformKick') {
    const link = this.link;
    this.link = undefined;
    this.status = 'unconnected';
    await link?.disconnect();
    this.emit('kicked', { reason, message: 'kicked', clientType: 'Web', customClientType: 0 });
  }

  /** Adds a message to its session in memory (rules 1–2); false when it was seen already. */
  applyMessage(message: Message): boolean {
    if (this.seen.has(message.idClient)) return false;
    this.seen.add(message.idClient);
    const before = this.memory.get(message.sessionId);
    const pinned = this.pins.get(message.sessionId) ?? before?.stickTopInfo;
    const next = applyMessageToSession(before, message, { me: this.account });
    const msgReceiptTime = Math.max(next.msgReceiptTime, this.receipts.get(message.sessionId) ?? 0);
    this.memory.set(message.sessionId, {
      ...next,
      msgReceiptTime,
      ...(pinned ? { stickTopInfo: pinned } : {}),
    });
    return true;
  }

  keepPin(sessionId: string, info: StickTopInfo): Session {
    this.pins.set(sessionId, info);
    const known = this.memory.get(sessionId);
    const session = { ...(known ?? sessionStub(sessionId)), stickTopInfo: info };
    if (known) this.memory.set(sessionId, session);
    return session;
  }

  /** Emits `updateSession` for a session of memory, or for a stub when memory lacks it. */
  updated(sessionId: string, stub?: Session): void {
    const session = this.memory.get(sessionId) ?? stub;
    if (session)
      this.emit('updateSession', nimSessionOf(session, this.account, this.cloud.threads));
  }

  /** Reloads a session from the server into memory (after deletes that change its count). */
  async reload(sessionId: string): Promise<void> {
    const fresh = await this.device().getSession?.(sessionId);
    if (fresh) this.memory.set(sessionId, fresh);
    else this.memory.delete(sessionId);
    this.updated(sessionId);
  }

  private async sync(link: LocalAdapter): Promise<void> {
    const pinned = (await link.getPinnedSessions?.({ limit: 50 }))?.items ?? [];
    for (const session of await allSessions(link)) {
      const cleared = this.cloud.roamingClearedAt.get(accountSession(this.account, session.id));
      if (cleared !== undefined && (session.lastMsg?.time ?? 0) <= cleared) continue;
      this.memory.set(session.id, session);
      const history = (await link.getHistory({ sessionId: session.id, limit: SYNC_MESSAGES }))
        .items;
      const offline = history.filter(
        (m) => m.from !== this.account && m.time > session.ack && !m.recall,
      );
      const roaming = history.filter((m) => !offline.includes(m) && !m.recall);
      for (const m of history) this.seen.add(m.idClient);
      const timetag = session.updateTime;
      const msgs = (list: Message[]) => list.reverse().map((m) => imOf(m, this.account));
      if (roaming.length)
        this.emit('syncRoamingMsgs', { timetag, sessionId: session.id, msgs: msgs(roaming) });
      if (offline.length)
        this.emit('syncOfflineMsgs', { timetag, sessionId: session.id, msgs: msgs(offline) });
    }
    for (const session of pinned) {
      this.pins.set(session.id, session.stickTopInfo);
      const known = this.memory.get(session.id);
      if (known) this.memory.set(session.id, { ...known, stickTopInfo: session.stickTopInfo });
    }
    this.emit(
      'sessions',
      [...this.memory.values()].map((s) => nimSessionOf(s, this.account, this.cloud.threads)),
    );
    this.emit('syncdone');
  }

  /** The server's pushes, as the SDK's events. */
  private onServerEvent(event: AdapterEvent): void {
    const me = this.account;
    switch (event.type) {
      case 'connection':
        if (event.status === 'reconnecting') {
          this.emit('willReconnect', { retryCount: 1, duration: 0 });
        } else if (event.status === 'connected' && this.link) {
          this.emit('logined', { connectionId: this.link.deviceId, ip: '127.0.0.1', port: '0' });
        }
        return;
      case 'message':
        if (!this.applyMessage(event.message)) return;
        this.emit('msg', imOf(event.message, me, this.cloud.threads));
        this.updated(event.message.sessionId);
        return;
      case 'recall': {
        const m = event.message;
        const session = this.memory.get(m.sessionId);
        if (session) this.memory.set(m.sessionId, applyRecallToSession(session, m, me));
        const type =
          m.scene === 'p2p'
            ? 'recallMsgP2p'
            : m.scene === 'team'
              ? 'recallMsgTeam'
              : 'recallMsgSuperTeam';
        this.emit('sysMsg', {
          type,
          time: m.recall?.time ?? Date.now(),
          from: m.from,
          to: m.to,
          idServer: `sys-${m.idServer}`,
          feature: 'default',
          recallMessageInfo: {
            idClient: m.idClient,
            idServer: m.idServer,
            createTime: m.time,
            fromNick: m.from,
            opeAccount: m.recall?.by ?? m.from,
          },
        });
        this.updated(m.sessionId);
        return;
      }
      case 'p2pReceipt': {
        this.receipts.set(
          event.sessionId,
          Math.max(this.receipts.get(event.sessionId) ?? 0, event.time),
        );
        const session = this.memory.get(event.sessionId);
        if (session)
          this.memory.set(event.sessionId, {
            ...session,
            msgReceiptTime: Math.max(session.msgReceiptTime, event.time),
          });
        const last = session?.lastMsg?.idClient ?? '';
        this.emit('msgReceipts', [
          { sessionId: event.sessionId, idClient: last, msgReceiptTime: event.time },
        ]);
        this.updated(event.sessionId);
        return;
      }
      case 'teamReceipt': {
        const teamId = event.sessionId.slice(event.sessionId.indexOf('-') + 1);
        const receipt = {
          teamId,
          idServer: '',
          idClient: event.idClient,
          read: event.read,
          unread: event.unread,
          account: me,
        };
        this.emit('msgReceipts', [receipt]);
        this.emit('teamMsgReceipts', [receipt]);
        return;
      }
      case 'sessionRead': {
        const session = this.memory.get(event.sessionId);
        if (!session) return;
        this.memory.set(event.sessionId, {
          ...resetUnread(session),
          ack: Math.max(session.ack, event.ack),
        });
        this.updated(event.sessionId);
        return;
      }
      case 'pin': {
        this.updated(event.sessionId, this.keepPin(event.sessionId, event.stickTopInfo));
        return;
      }
      case 'sessionsDeleted':
        // Only `clearHistoryMsgsFromServer` deletes on the server here: all my history is gone.
        if (!event.clearHistory) return;
        for (const id of event.sessionIds) {
          const session = this.memory.get(id);
          if (session) this.memory.set(id, { ...session, lastMsg: null, unread: 0 });
          this.updated(id);
        }
        this.emit(
          'clearServerHistoryMsgs',
          event.sessionIds.map((sessionId) => ({ sessionId, time: event.time })),
        );
        return;
      case 'historyDeleted':
        if (event.idClients) {
          this.emit(
            'deleteSelfMsgs',
            event.idClients.map((idClient) =>
              deletedResult(event.sessionId, idClient, me, event.time),
            ),
          );
          void this.reload(event.sessionId).catch(() => undefined);
        }
        return;
      case 'sessionUpdated':
        if (event.session.ext !== undefined) {
          this.emit('multiSyncUpdateCloudSession', {
            sessionId: event.session.id,
            updateTime: event.time,
            ext: event.session.ext,
          });
        }
        return;
      case 'users':
        this.emit('users', event.users.map(nameCardOf));
        return;
      case 'teams':
        this.emit('teams', event.teams.map(nimTeamOf));
        return;
      case 'typing':
        return;
    }
  }
}

/** What `deleteSelfMsgs` reports per message (the ids of a message deleted elsewhere). */
function deletedResult(sessionId: string, idClient: string, me: string, time: number) {
  const dash = sessionId.indexOf('-');
  const scene = sessionId.slice(0, dash) === 'team' ? ('team' as const) : ('p2p' as const);
  const peer = sessionId.slice(dash + 1);
  return {
    deletedTime: time,
    from: scene === 'p2p' ? peer : me,
    to: scene === 'p2p' ? me : peer,
    idClient,
    idServer: '',
    scene,
    time: 0,
  };
}

/** A session the SDK's memory does not hold, for events about it (a pin of a session without messages). */
function sessionStub(id: string): Session {
  const target = parseSessionId(id);
  return target ? emptySession(target.scene, target.to) : emptySession('p2p', id);
}
