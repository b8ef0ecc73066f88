import type { Message } from '@parley/core';
import type { EasemobChat } from 'easemob-websdk';
import type { EasemobContent } from '../toMessage.ts';
import { CODE, FakeEasemobError } from './FakeEasemobError.ts';

/** Reactions a message holds at most (Easemob's default). */
const MAX_REACTIONS = 20;
/** Users a reaction list shows (Easemob shows the first three). */
const LISTED_USERS = 3;
/** Times a message may be modified (Easemob's default). */
const MAX_EDITS = 10;

/** A reaction or modification event as the server pushes it. */
export type FakePush =
  | { name: 'onReactionChange'; arg: EasemobChat.ReactionMessage }
  | { name: 'onModifiedMessage'; arg: EasemobChat.ModifiedEventMessage };

/** The server's clock for a change of `message`: never before the message itself. */
function serverTime(message: Message): number {
  return Math.max(Date.now(), message.time + 1);
}

/** A device the server pushes reaction and modification events to. */
export interface FakeListener {
  readonly user: string;
  /** Whether the device is signed in. */
  online(): boolean;
  push(event: FakePush): void;
}

/** Who may see a message: the two users of a one-to-one chat, or a group's members. */
export type Audience = (message: Message) => Promise<readonly string[]>;

/**
 * What Easemob's server keeps beside its messages: reactions (per message, per key, the users
 * in the order they added it) and modifications (the new text and `modifiedInfo`). Lists show
 * the first three users, as Easemob's do; events name the operation (`op`).
 */
export class FakeInteractions {
  private readonly reactions = new Map<string, Map<string, string[]>>();
  private readonly edits = new Map<string, { msg: string; info: EasemobChat.ModifiedMsgInfo }>();
  readonly listeners = new Set<FakeListener>();

  /** Adds (`on`) or deletes a user's reaction, and tells everyone else who may see it. */
  async react(
    message: Message,
    user: string,
    key: string,
    on: boolean,
    audience: Audience,
    from: FakeListener,
  ): Promise<void> {
    const keys = this.reactions.get(message.idServer) ?? new Map<string, string[]>();
    const users = keys.get(key) ?? [];
    if (on && users.includes(user)) {
      throw new FakeEasemobError(1101, 'The reaction already exists');
    }
    if (!on && !users.includes(user)) {
      throw new FakeEasemobError(1103, 'The user has not added this reaction');
    }
    if (on && !keys.has(key) && keys.size >= MAX_REACTIONS) {
      throw new FakeEasemobError(CODE.MAX_LIMIT, 'Too many reactions on this message');
    }
    const next = on ? [...users, user] : users.filter((u) => u !== user);
    if (next.length > 0) keys.set(key, next);
    else keys.delete(key);
    this.reactions.set(message.idServer, keys);
    const ts = serverTime(message);
    await this.tell(message, audience, from, (to) => ({
      name: 'onReactionChange',
      arg: {
        from: user,
        to: message.to,
        chatType: message.scene === 'p2p' ? 'singleChat' : 'groupChat',
        messageId: message.idServer,
        ts,
        reactions: [
          {
            ...this.listed(key, next, to.user),
            op: [{ operator: user, reactionType: on ? 'create' : 'delete' }],
          },
        ],
      },
    }));
  }

  /** A reaction's users from `cursor` (an offset), as `getReactionDetail` pages them. */
  detail(
    messageId: string,
    key: string,
    viewer: string,
    cursor: string | undefined,
    pageSize = 20,
  ): EasemobChat.GetReactionDetailResult {
    const users = this.reactions.get(messageId)?.get(key) ?? [];
    const start = Number(cursor) || 0;
    const size = Math.min(100, Math.max(1, pageSize));
    const page = users.slice(start, start + size);
    return {
      reaction: key,
      isAddedBySelf: users.includes(viewer),
      userCount: users.length,
      userList: page,
      cursor: start + size < users.length ? String(start + size) : '',
    };
  }

  /** Replaces a text message's content; the sender's other devices and the others are told. */
  async modify(
    message: Message,
    by: string,
    modified: EasemobChat.ModifiedMsg,
    audience: Audience,
    from: FakeListener,
  ): Promise<EasemobChat.ModifiedMsgInfo> {
    if (message.from !== by) throw new FakeEasemobError(CODE.NO_PERMISSION, 'Not the sender');
    if (modified.type !== 'txt' || message.type !== 'text') {
      throw new FakeEasemobError(CODE.REQUEST_PARAMETER_ERROR, 'Only text is modified here');
    }
    const count = (this.edits.get(message.idServer)?.info.operationCount ?? 0) + 1;
    if (count > MAX_EDITS) {
      throw new FakeEasemobError(54, 'The message was modified too many times');
    }
    const info = { operatorId: by, operationCount: count, operationTime: serverTime(message) };
    this.edits.set(message.idServer, { msg: modified.msg, info });
    await this.tell(message, audience, from, () => ({
      name: 'onModifiedMessage',
      arg: { ...modified, id: message.idServer, from: message.from, modifiedInfo: info },
    }));
    return info;
  }

  /** A stored message's body with its reactions as `viewer` sees them and its latest text. */
  decorate<B extends EasemobContent>(body: B, viewer: string): B {
    const keys = this.reactions.get(body.id);
    const edit = this.edits.get(body.id);
    if (!keys && !edit) return body;
    const reactions = [...(keys ?? [])].map(([key, users]) => this.listed(key, users, viewer));
    return {
      ...body,
      ...(reactions.length > 0 ? { reactions } : {}),
      ...(edit && body.type === 'txt' ? { msg: edit.msg, modifiedInfo: edit.info } : {}),
    };
  }

  private listed(key: string, users: readonly string[], viewer: string): EasemobChat.Reaction {
    return {
      reaction: key,
      count: users.length,
      userList: users.slice(0, LISTED_USERS),
      isAddedBySelf: users.includes(viewer),
    };
  }

  /** Pushes an event to every signed-in device that may see the message, but the acting one. */
  private async tell(
    message: Message,
    audience: Audience,
    from: FakeListener,
    event: (to: FakeListener) => FakePush,
  ): Promise<void> {
    const users = new Set(await audience(message));
    for (const device of [...this.listeners]) {
      if (device === from || !device.online() || !users.has(device.user)) continue;
      device.push(event(device));
    }
  }
}
