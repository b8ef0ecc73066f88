import type { LocalAdapter } from '@parley/adapter-local';
import { createLocalAdapter } from '@parley/adapter-local';
import type { Message, SessionId } from '@parley/core';
import { toSessionId } from '@parley/core/rules';
import { allHistory, allSessions } from '@parley/core/testing';
import type { EasemobChat } from 'easemob-websdk';
import type { EasemobConnection } from '../EasemobConnection.ts';
import { type FakeEasemobCloud, userSession } from './FakeEasemobCloud.ts';
import { CODE, FakeEasemobError, refused } from './FakeEasemobError.ts';
import type { Audience, FakeListener } from './FakeInteractions.ts';
import { groupInfo, groupMembers, ok, userInfo } from './fakeDirectory.ts';
import { type Fire, fireServerEvent } from './fakeServerEvents.ts';
import { bodyOf, conversationOf, stored, storedRequest } from './fakeShapes.ts';
import { fakeUpload } from './fakeUpload.ts';

type C = EasemobConnection;
type Handlers = EasemobChat.EventHandlerType;

function sessionOf(chatType: string, id: string): SessionId {
  return toSessionId(chatType === 'singleChat' ? 'p2p' : 'team', id);
}

/**
 * One device of the Easemob Web SDK (`new EasemobChat.connection({ appKey })`), faked over the
 * embedded server: the server-side calls seed 002 describes, sends, acks, recall and profiles,
 * answering with the SDK's shapes, events and `ErrorEvent` codes. Like Easemob's server it
 * keeps no tip type, counts every message from others as unread, drops recalled messages from
 * history, and tells other devices of deletes without saying which messages went.
 */
export class FakeConnection implements EasemobConnection, FakeListener {
  readonly context = { userId: '' };
  private link: LocalAdapter | undefined;
  private readonly handlers = new Map<string, Handlers>();
  /** Messages this device handed out or sent, by server id. */
  private readonly known = new Map<string, Message>();

  constructor(
    readonly cloud: FakeEasemobCloud,
    readonly appKey = 'parley#test',
  ) {}

  /** Signs in with a user and token, as the app's `conn.open({ user, accessToken })`. */
  async open(params: { user: string; accessToken?: string }): Promise<EasemobChat.LoginResult> {
    const token = this.cloud.tokens.get(params.user);
    if (!params.user || (token !== undefined && token !== params.accessToken)) {
      throw new FakeEasemobError(CODE.WEBIM_CONNCTION_AUTH_ERROR, 'invalid password or token');
    }
    const link = createLocalAdapter({ server: this.cloud.server, account: params.user });
    link.subscribe((event) =>
      fireServerEvent(event, {
        me: this.context.userId,
        fire: this.fire,
        online: () => this.link !== undefined,
        nextId: () => this.cloud.nextId(),
        known: () => this.known.values(),
        keep: (m) => this.keep(m),
      }),
    );
    await link.connect();
    this.link = link;
    this.context.userId = params.user;
    this.cloud.interactions.listeners.add(this);
    this.fire('onConnected');
    return { accessToken: params.accessToken ?? '' };
  }

  isOpened: C['isOpened'] = () => this.link !== undefined;

  close: C['close'] = () => {
    const link = this.link;
    this.link = undefined;
    if (!link) return;
    void link.disconnect();
    this.fire('onDisconnected');
  };

  addEventHandler: C['addEventHandler'] = (id, handler) => {
    this.handlers.set(id, handler);
  };

  removeEventHandler: C['removeEventHandler'] = (id) => {
    this.handlers.delete(id);
  };

  send: C['send'] = async (body) => {
    const link = this.device();
    if (body.type === 'channel') {
      const id = sessionOf(body.chatType, body.to);
      const session = await link.getSession?.(id);
      await link.markSessionRead(id, session?.lastMsg?.time ?? Date.now());
      // The peer learns that I read the whole conversation (its onChannelMessage / a receipt).
      const theirs = body.chatType === 'singleChat' ? await this.newestFromPeer(id) : undefined;
      if (theirs) await link.sendReceipt(theirs);
      return { localMsgId: body.id, serverMsgId: this.cloud.nextId() };
    }
    if (body.type === 'read') {
      const read = this.known.get(body.id);
      if (!read) throw new FakeEasemobError(CODE.MESSAGE_NOT_FOUND, 'message not found');
      await link.sendReceipt(read);
      return { localMsgId: body.id, serverMsgId: this.cloud.nextId() };
    }
    if (body.type === 'delivery' || body.type === 'cmd' || body.type === 'combine') {
      throw new FakeEasemobError(CODE.REQUEST_PARAMETER_ERROR, `${body.type} is not faked`);
    }
    const url = await fakeUpload(body, () => this.cloud.nextId());
    const request = storedRequest(body, this.cloud.nextId(), url);
    if (!request) throw new FakeEasemobError(CODE.REQUEST_PARAMETER_ERROR, 'unknown type');
    try {
      const stored = await link.send(request);
      this.keep(stored);
      return { localMsgId: body.id, serverMsgId: stored.idServer, message: bodyOf(stored) };
    } catch (error) {
      throw refused(error, { NOT_FOUND: CODE.GROUP_NOT_EXIST, PERMISSION_DENIED: 602 });
    }
  };

  getServerConversations: C['getServerConversations'] = async (params) =>
    this.conversations(params, false);

  getServerPinnedConversations: C['getServerPinnedConversations'] = async (params) =>
    this.conversations(params, true);

  pinConversation: C['pinConversation'] = async ({
    conversationId,
    conversationType,
    isPinned,
  }) => {
    const link = this.device();
    const id = sessionOf(conversationType, conversationId);
    try {
      const info = isPinned ? await link.pin(id) : await link.unpin(id);
      return ok({
        isPinned: info.isStickOnTop,
        pinnedTime: info.isStickOnTop ? info.createTime : 0,
      });
    } catch (error) {
      throw refused(error, { PIN_LIMIT: CODE.MAX_LIMIT });
    }
  };

  deleteConversation: C['deleteConversation'] = async ({ channel, chatType, deleteRoam }) => {
    const link = this.device();
    const id = sessionOf(chatType, channel);
    const session = await link.getSession?.(id);
    this.cloud.deletedAt.set(
      userSession(this.context.userId, id),
      session?.lastMsg?.time ?? Date.now(),
    );
    await link.deleteSessions([id], { clearHistory: deleteRoam });
    return ok({ result: 'ok' as const });
  };

  getHistoryMessages: C['getHistoryMessages'] = async (options) => {
    const link = this.device();
    const id = sessionOf(options.chatType, options.targetId);
    const size = Math.min(50, Math.max(1, options.pageSize ?? 20));
    const { startTime = 0, endTime = Number.POSITIVE_INFINITY } = options.searchOptions ?? {};
    // Newest first: `up` as the server stores it; `down` reads it the other way round.
    let list = (await allHistory(link, id)).filter(
      (m) => stored(m) && m.time >= startTime && m.time <= endTime,
    );
    if (options.searchDirection === 'down') list = list.reverse();
    const from = options.cursor && options.cursor !== -1 ? String(options.cursor) : '';
    if (from) list = list.slice(list.findIndex((m) => m.idServer === from) + 1);
    const page = list.slice(0, size);
    for (const m of page) this.keep(m);
    const last = page[page.length - 1];
    const isLast = page.length < size;
    return {
      messages: page.map((m) => this.cloud.interactions.decorate(bodyOf(m), this.user)),
      isLast,
      ...(isLast || !last ? {} : { cursor: last.idServer }),
    };
  };

  removeHistoryMessages: C['removeHistoryMessages'] = async (options) => {
    const link = this.device();
    const id = sessionOf(options.chatType, options.targetId);
    if (options.messageIds) {
      if (options.messageIds.length > 20) {
        throw new FakeEasemobError(CODE.REQUEST_PARAMETER_ERROR, 'at most 20 message ids');
      }
      const history = await allHistory(link, id);
      const idClients = options.messageIds.flatMap((server) =>
        history.filter((m) => m.idServer === server).map((m) => m.idClient),
      );
      if (idClients.length > 0) await link.deleteHistory({ sessionId: id, idClients });
    } else if (typeof options.beforeTimeStamp === 'number') {
      await link.deleteHistory({ sessionId: id, before: options.beforeTimeStamp - 1 });
    }
  };

  recallMessage: C['recallMessage'] = async (option) => {
    const link = this.device();
    const message = this.known.get(option.mid);
    if (!message) throw new FakeEasemobError(CODE.MESSAGE_NOT_FOUND, 'message not found');
    try {
      await link.recall(message);
    } catch (error) {
      throw refused(error, {
        RECALL_EXPIRED: CODE.MESSAGE_RECALL_TIME_LIMIT,
        RECALL_NOT_ALLOWED: CODE.NO_PERMISSION,
        NOT_FOUND: CODE.MESSAGE_NOT_FOUND,
      });
    }
    return { localMsgId: option.mid, serverMsgId: option.mid };
  };

  fetchUserInfoById: C['fetchUserInfoById'] = (userId) => userInfo(this.device(), userId);

  getGroupInfo: C['getGroupInfo'] = ({ groupId }) => groupInfo(this.device(), groupId);

  getGroupMembers: C['getGroupMembers'] = (params) => groupMembers(this.device(), params);

  getGroupMsgReadUser: C['getGroupMsgReadUser'] = async ({ msgId }) => {
    const message = this.known.get(msgId);
    if (!message) throw new FakeEasemobError(CODE.MESSAGE_NOT_FOUND, 'message not found');
    const detail = await this.device().getTeamReceiptDetail?.(message);
    const userlist = detail?.read ?? [];
    return ok({
      ackmid: msgId,
      is_last: true,
      next_key: '',
      timestamp: Date.now(),
      total: userlist.length,
      userlist,
    });
  };

  addReaction: C['addReaction'] = async ({ messageId, reaction }) => {
    const { interactions } = this.cloud;
    await interactions.react(this.find(messageId), this.user, reaction, true, this.audience, this);
  };

  deleteReaction: C['deleteReaction'] = async ({ messageId, reaction }) => {
    const { interactions } = this.cloud;
    await interactions.react(this.find(messageId), this.user, reaction, false, this.audience, this);
  };

  getReactionDetail: C['getReactionDetail'] = async ({ messageId, reaction, cursor, pageSize }) => {
    this.find(messageId);
    return ok(this.cloud.interactions.detail(messageId, reaction, this.user, cursor, pageSize));
  };

  modifyMessage: C['modifyMessage'] = async ({ messageId, modifiedMessage }) => {
    const message = this.find(messageId);
    const info = await this.cloud.interactions.modify(
      message,
      this.user,
      modifiedMessage,
      this.audience,
      this,
    );
    return { localMsgId: messageId, serverMsgId: messageId, modifiedInfo: info };
  };

  get user(): string {
    return this.context.userId;
  }

  online(): boolean {
    return this.link !== undefined;
  }

  push: FakeListener['push'] = (event) => {
    if (event.name === 'onReactionChange') this.fire(event.name, event.arg);
    else this.fire(event.name, event.arg);
  };

  /** The server's drop of this device, as a network loss: `onDisconnected`. */
  dropNetwork(): void {
    this.link?.goOffline();
    this.fire('onDisconnected');
  }

  /** The server signs this device out: another device of the user signed in (206). */
  kick(): void {
    const link = this.link;
    this.link = undefined;
    void link?.disconnect();
    this.fire(
      'onDisconnected',
      new FakeEasemobError(CODE.WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE, 'logged in elsewhere'),
    );
  }

  /** A message this device was handed, by server id; recalled ones are gone from the server. */
  private find(serverId: string): Message {
    this.device();
    const message = this.known.get(serverId);
    if (!message || message.recall) {
      throw new FakeEasemobError(CODE.MESSAGE_NOT_FOUND, 'message not found');
    }
    return message;
  }

  private readonly audience: Audience = async (message) =>
    message.scene === 'p2p'
      ? [message.from, message.to]
      : ((await this.device().getTeamMembers?.(message.to)) ?? []).map((m) => m.account);

  private device(): LocalAdapter {
    if (!this.link) throw new FakeEasemobError(CODE.WEBIM_CONNCTION_DISCONNECTED, 'not logged in');
    return this.link;
  }

  private async newestFromPeer(id: SessionId): Promise<Message | undefined> {
    const me = this.context.userId;
    return (await allHistory(this.device(), id)).find((m) => m.from !== me && stored(m));
  }

  private keep(message: Message): void {
    if (message.idServer) this.known.set(message.idServer, message);
  }

  private readonly fire: Fire = (name, ...args) => {
    for (const handler of [...this.handlers.values()]) {
      const listener = handler[name] as ((...a: typeof args) => void) | undefined;
      listener?.(...args);
    }
  };

  private async conversations(
    params: { pageSize?: number; cursor?: string },
    pinnedOnly: boolean,
  ): Promise<EasemobChat.AsyncResult<EasemobChat.ServerConversations>> {
    const link = this.device();
    const size = Math.min(50, Math.max(1, params.pageSize ?? 20));
    const me = this.context.userId;
    const listed = pinnedOnly
      ? ((await link.getPinnedSessions?.({ limit: 50 }))?.items ?? [])
      : (await allSessions(link)).filter((s) => {
          const deleted = this.cloud.deletedAt.get(userSession(me, s.id));
          return s.lastMsg && (deleted === undefined || s.lastMsg.time > deleted);
        });
    const start = Number(params.cursor) || 0;
    const page = listed.slice(start, start + size);
    const conversations = [];
    for (const session of page) {
      let last = session.lastMsg;
      if (last && !stored(last)) last = (await allHistory(link, session.id)).find(stored) ?? null;
      if (last) this.keep(last);
      conversations.push(
        conversationOf(session, last, (b) => this.cloud.interactions.decorate(b, me)),
      );
    }
    return ok({ conversations, cursor: page.length < size ? '' : String(start + size) });
  }
}
