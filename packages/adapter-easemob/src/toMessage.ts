import type { JsonValue, Message, MessageStatus } from '@parley/core';
import type { EasemobChat } from 'easemob-websdk';
import { sessionIdOf } from './conversationTarget.ts';
import { reactionsOf } from './easemobReactions.ts';
import { replyRefFromExt } from './quote.ts';

/**
 * What Parley keeps in an Easemob message's `ext` (Easemob's ext is the app's JSON object; other
 * keys are left alone). Easemob gives the sender a local id and every copy a server id, so the
 * message's Parley `idClient` travels here to reach the peer and the sender's other devices.
 */
export const EXT = {
  /** Parley's `idClient`. */
  id: 'parley_id',
  /** `'tip'` for Parley tips: Easemob has no tip type, so they travel as text. */
  type: 'parley_type',
  /** Parley's own message `ext` string. */
  ext: 'parley_ext',
} as const;

/** The messages the adapter reads: everything but acks and command messages. */
export type EasemobContent = Exclude<
  EasemobChat.MessageBody,
  EasemobChat.ReadMsgBody | EasemobChat.DeliveryMsgBody | EasemobChat.ChannelMsgBody
>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function parse(value: unknown): JsonValue {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The part of a message that differs by type; null for types Parley does not show. */
function content(body: EasemobContent): Pick<Message, 'type' | 'body' | 'attach'> | null {
  switch (body.type) {
    case 'txt':
      return { type: body.ext?.[EXT.type] === 'tip' ? 'tip' : 'text', body: text(body.msg) };
    case 'custom':
      return {
        type: 'custom',
        body: '',
        attach: { kind: text(body.customEvent), data: parse(body.customExts?.data) },
      };
    case 'loc':
      return {
        type: 'geo',
        body: text(body.addr),
        attach: { lat: num(body.lat), lng: num(body.lng), title: text(body.addr) },
      };
    case 'img':
      return {
        type: 'image',
        body: '',
        attach: {
          url: text(body.url),
          name: text(body.file?.filename) || 'image',
          size: num(body.file_length),
          mime: text(body.file?.filetype),
          width: num(body.width),
          height: num(body.height),
        },
      };
    case 'audio':
    case 'video': {
      const file = {
        url: text(body.url),
        name: text(body.filename) || body.type,
        size: num(body.file_length),
        mime: text(body.filetype),
        dur: num(body.length) * 1000,
      };
      return body.type === 'audio'
        ? { type: 'audio', body: '', attach: file }
        : { type: 'video', body: '', attach: { ...file, width: 0, height: 0 } };
    }
    case 'file':
      return {
        type: 'file',
        body: text(body.filename),
        attach: {
          url: text(body.url),
          name: text(body.filename),
          size: num(body.file_length),
          mime: text(body.filetype),
        },
      };
    default:
      // Command, combined and stream messages have no Parley rendering.
      return null;
  }
}

/** When the message's text was last modified (`modifiedInfo`), if it was. */
function editedAt(body: EasemobContent): number | undefined {
  const info = 'modifiedInfo' in body ? body.modifiedInfo : undefined;
  const time = Number(info?.operationTime);
  return Number.isFinite(time) && time > 0 ? time : undefined;
}

/**
 * An Easemob message as Parley's, seen by `me`; null for chat-room messages, command messages
 * and data without ids. Read state: mine are `read` once the SDK says the peer read them. A
 * reply's quote comes from its ext (see `quote.ts`, `known` finds originals by server id), an
 * edit's time from `modifiedInfo`, reactions from the lists the message carries (their first
 * users only: see `completeReactions`).
 */
export function toMessage(
  body: EasemobContent,
  me: string,
  known?: (serverId: string) => Message | undefined,
): Message | null {
  if (typeof body?.id !== 'string' || body.id === '' || typeof body.to !== 'string') return null;
  const from = text(body.from);
  const mine = from === me;
  const peer = body.chatType === 'singleChat' ? (mine ? body.to : from) : body.to;
  const sessionId = sessionIdOf(body.chatType, peer);
  const part = content(body);
  if (!sessionId || !part) return null;
  const ext = body.ext;
  const idClient = text(ext?.[EXT.id]) || body.id;
  const status: MessageStatus = mine
    ? 'isRead' in body && body.isRead
      ? 'read'
      : 'sent'
    : 'unread';
  const time = num(body.time);
  const replyTo = replyRefFromExt(ext, known);
  const edited = part.type === 'text' ? editedAt(body) : undefined;
  const reactions = 'reactions' in body ? reactionsOf(body.reactions, time) : undefined;
  return {
    ...part,
    idClient,
    idServer: body.id,
    scene: body.chatType === 'singleChat' ? 'p2p' : 'team',
    sessionId,
    from,
    to: body.to,
    time,
    status,
    ...(typeof ext?.[EXT.ext] === 'string' ? { ext: ext[EXT.ext] } : {}),
    ...(replyTo ? { replyTo } : {}),
    ...(edited === undefined ? {} : { editedAt: edited }),
    ...(reactions ? { reactions } : {}),
  } as Message;
}
