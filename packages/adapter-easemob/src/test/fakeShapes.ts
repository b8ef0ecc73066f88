import type { JsonValue, Message, SendRequest, Session, SessionId } from '@parley/core';
import type { EasemobChat } from 'easemob-websdk';
import type { EasemobContent } from '../toMessage.ts';

type Ext = { [key: string]: unknown };

/**
 * Whether Easemob's server keeps the message in roaming: recalled messages are gone, and group
 * events are not messages there (they come as onGroupEvent).
 */
export function stored(message: Message): boolean {
  return !message.recall && message.type !== 'notification';
}

/** The SDK's chat type of a Parley session id. */
export function typeOf(sessionId: SessionId): 'singleChat' | 'groupChat' {
  return sessionId.startsWith('p2p-') ? 'singleChat' : 'groupChat';
}

function extOf(message: Message): Ext | undefined {
  if (!message.ext) return undefined;
  try {
    const parsed: unknown = JSON.parse(message.ext);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Ext) : undefined;
  } catch {
    return undefined;
  }
}

function objectOf(value: JsonValue | undefined): { [key: string]: unknown } {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

/**
 * A stored message as the SDK hands it out (`MessageBody`): the server's id, the sender's ext
 * object, the type's own fields. The server keeps no tip type, so everything is content.
 */
export function bodyOf(message: Message): Exclude<EasemobContent, EasemobChat.CmdMsgBody> {
  const chatType = message.scene === 'p2p' ? 'singleChat' : 'groupChat';
  const ext = extOf(message);
  const base = {
    id: message.idServer,
    chatType,
    from: message.from,
    to: message.to,
    time: message.time,
    ...(ext ? { ext } : {}),
    ...(message.teamReceipt ? { msgConfig: { allowGroupAck: true } } : {}),
    ...(message.scene === 'p2p' ? { isRead: message.status === 'read' } : {}),
  } as const;
  switch (message.type) {
    case 'custom':
      return {
        ...base,
        type: 'custom',
        customEvent: message.attach?.kind ?? '',
        customExts: objectOf(message.attach?.data),
      };
    case 'geo':
      return {
        ...base,
        type: 'loc',
        lat: message.attach?.lat ?? 0,
        lng: message.attach?.lng ?? 0,
        addr: message.attach?.title ?? '',
        buildingName: '',
      };
    case 'image': {
      const a = message.attach;
      const file = { url: a?.url ?? '', filename: a?.name ?? '', filetype: a?.mime ?? '' };
      return {
        ...base,
        type: 'img',
        url: a?.url,
        width: a?.width,
        height: a?.height,
        file_length: a?.size,
        file: { ...file, data: new File([], file.filename) },
      };
    }
    case 'audio':
    case 'video': {
      const a = message.attach;
      return {
        ...base,
        type: message.type,
        url: a?.url,
        filename: a?.name ?? '',
        filetype: a?.mime,
        file_length: a?.size,
        length: (a?.dur ?? 0) / 1000,
        file: {
          url: a?.url ?? '',
          filename: a?.name ?? '',
          filetype: a?.mime ?? '',
          data: new File([], a?.name ?? ''),
        },
      };
    }
    case 'file': {
      const a = message.attach;
      return {
        ...base,
        type: 'file',
        url: a?.url,
        filename: a?.name ?? '',
        filetype: a?.mime,
        file_length: a?.size,
        file: {
          url: a?.url ?? '',
          filename: a?.name ?? '',
          filetype: a?.mime ?? '',
          data: new File([], a?.name ?? ''),
        },
      };
    }
    default:
      return { ...base, type: 'txt', msg: message.body };
  }
}

/** What the server stores of a message the SDK sent: the fields of its type, its ext as JSON. */
export function storedRequest(
  body: EasemobContent,
  idClient: string,
  url: string,
): SendRequest | null {
  const scene = body.chatType === 'singleChat' ? 'p2p' : 'team';
  const base = {
    idClient,
    scene,
    to: body.to,
    body: '',
    ...(body.ext ? { ext: JSON.stringify(body.ext) } : {}),
    ...(body.msgConfig?.allowGroupAck ? { needReceipt: true } : {}),
  } as const;
  switch (body.type) {
    case 'txt':
      return { ...base, type: 'text', body: body.msg };
    case 'custom':
      return { ...base, type: 'custom', attach: { kind: body.customEvent, data: body.customExts } };
    case 'loc':
      return { ...base, type: 'geo', attach: { lat: body.lat, lng: body.lng, title: body.addr } };
    case 'img':
      return {
        ...base,
        type: 'image',
        attach: {
          url,
          name: body.file?.filename ?? 'image',
          size: body.file_length ?? body.file?.data?.size ?? 0,
          mime: body.file?.filetype ?? '',
          width: body.width ?? 0,
          height: body.height ?? 0,
        },
      };
    case 'audio':
    case 'video':
    case 'file': {
      const attach = {
        url,
        name: body.filename || body.file?.filename || body.type,
        size: body.file_length ?? body.file?.data?.size ?? 0,
        mime: body.filetype ?? body.file?.filetype ?? '',
      };
      const dur = body.type === 'file' ? 0 : (body.length ?? 0) * 1000;
      if (body.type === 'audio') return { ...base, type: 'audio', attach: { ...attach, dur } };
      if (body.type === 'video') {
        return { ...base, type: 'video', attach: { ...attach, dur, width: 0, height: 0 } };
      }
      return { ...base, type: 'file', body: attach.name, attach };
    }
    default:
      return null;
  }
}

/** A server conversation (`ConversationItem`, seed 002). */
export function conversationOf(
  session: Session,
  lastMessage: Message | null,
  decorate: (body: ReturnType<typeof bodyOf>) => ReturnType<typeof bodyOf> = (body) => body,
): EasemobChat.ConversationItem {
  return {
    conversationId: session.to,
    conversationType: session.scene === 'p2p' ? 'singleChat' : 'groupChat',
    isPinned: session.stickTopInfo.isStickOnTop,
    pinnedTime: session.stickTopInfo.isStickOnTop ? session.stickTopInfo.createTime : 0,
    lastMessage: lastMessage ? decorate(bodyOf(lastMessage)) : {},
    unReadCount: session.unread,
  };
}
