import type { ChatErrorInfo } from './ChatError.ts';
import type { JsonValue } from './JsonValue.ts';
import type { Scene, SessionId } from './SessionId.ts';

/**
 * Every message type, the kinds of the seeds. `tip` and `notification` do not count as unread
 * unless marked.
 */
export const MESSAGE_TYPES = Object.freeze([
  'text',
  'image',
  'audio',
  'video',
  'file',
  'geo',
  'custom',
  'tip',
  'notification',
] as const);

/** A message kind of the seeds (one of {@link MESSAGE_TYPES}). */
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Whether a value is a known message type (data from storage or a wire). */
export function isMessageType(value: unknown): value is MessageType {
  return MESSAGE_TYPES.includes(value as MessageType);
}

/**
 * Delivery state. Outgoing: `sending` → `sent` | `sendFailed`, then `read` once the peer
 * read it (p2p). Incoming: `unread` → `read`. `receipt`, `refused` and `delete` come from
 * the seeds' status set and are kept as given by a backend.
 */
export type MessageStatus =
  | 'sending'
  | 'sent'
  | 'sendFailed'
  | 'read'
  | 'unread'
  | 'receipt'
  | 'refused'
  | 'delete';

/** Common file fields. `url` may be an object URL while uploading. */
export interface FileAttach {
  url: string;
  name: string;
  /** Bytes. */
  size: number;
  mime: string;
}

export interface ImageAttach extends FileAttach {
  width: number;
  height: number;
}

export interface AudioAttach extends FileAttach {
  /** Duration in ms. */
  dur: number;
}

export interface VideoAttach extends FileAttach {
  dur: number;
  width: number;
  height: number;
}

export interface GeoAttach {
  lat: number;
  lng: number;
  title: string;
}

/** App-defined payload; `kind` selects the renderer in the UI's registry. */
export interface CustomAttach {
  kind: string;
  data: JsonValue;
}

/** Team events rendered inline in the conversation. */
export type NotificationKind =
  | 'addMembers'
  | 'removeMembers'
  | 'leaveTeam'
  | 'updateTeam'
  | 'dismissTeam'
  | 'transferOwner'
  | 'addManagers'
  | 'removeManagers'
  | 'muteMember';

export interface NotificationAttach {
  kind: NotificationKind;
  /** Accounts the event is about (added, removed, …). */
  accounts: string[];
  /** Changed team fields for `updateTeam`. */
  team?: Readonly<Record<string, JsonValue>>;
}

/** Attachment type per message type. */
export interface AttachByType {
  text: undefined;
  image: ImageAttach;
  audio: AudioAttach;
  video: VideoAttach;
  file: FileAttach;
  geo: GeoAttach;
  custom: CustomAttach;
  tip: undefined;
  notification: NotificationAttach;
}

/** Set when a message was recalled; the message then reads as a tip. */
export interface RecallInfo {
  /** Account that recalled it. */
  by: string;
  /** Server time of the recall. */
  time: number;
  /** The original content, kept on the sender's side only so it can be re-edited. */
  original?: { type: MessageType; body: string };
}

/**
 * What a reply quotes: a snapshot of the original taken when the reply was sent, so the quote
 * still reads right when the original is not loaded, was edited, recalled or deleted.
 */
export interface ReplyRef {
  /** The original's `idClient`: the key that matches it across accounts and devices. */
  idClient: string;
  /** The original's server id; may be `''` when unknown. */
  idServer: string;
  /** The original's sender. */
  from: string;
  type: MessageType;
  /** One-line preview, at most `MAX_REPLY_PREVIEW_LENGTH` characters: the text, or the type's fallback body. */
  body: string;
  /** The original's server time: where `jumpTo` loads history around. */
  time: number;
}

/**
 * One account's mark on one reaction key, with the server time it was set at. Turning a
 * reaction off keeps the mark (`on: false`) as a tombstone, so changes that arrive reordered
 * or twice still converge: per key and account the later time wins.
 */
export interface ReactionMark {
  on: boolean;
  time: number;
}

/**
 * Reactions of a message: per key (an emoji or an app key), per account, the latest mark.
 * Read it with `summarizeReactions` (counts, mine, who) rather than directly: the key `''`
 * holds per account the time of its last whole-set change (backends that send whole sets,
 * XEP-0444), which turns off every older mark of that account.
 */
export type MessageReactions = Readonly<Record<string, Readonly<Record<string, ReactionMark>>>>;

/** Fields every message has. */
export interface MessageBase {
  /** Client-unique id; the primary key. Kept when a failed message is resent. */
  idClient: string;
  /**
   * Server id of this copy; empty until the server accepted the message. Backends with
   * per-user archives (XMPP MAM) give the sender's and the receiver's copies different ids,
   * so match messages across accounts by `idClient`, never by `idServer`.
   */
  idServer: string;
  scene: Scene;
  sessionId: SessionId;
  from: string;
  /** Peer account or team id. */
  to: string;
  /** Server time in ms (client time while `sending`). */
  time: number;
  status: MessageStatus;
  /** Text, or a fallback description for non-text types. */
  body: string;
  /**
   * Counts toward unread. Defaults: true for content, false for `tip` and `notification`.
   * Backends may mark a tip countable.
   */
  countable?: boolean;
  /** Team read-receipt counts, for team messages that asked for receipts. */
  teamReceipt?: { read: number; unread: number };
  recall?: RecallInfo;
  /** Upload progress 0..1 while a file message is sending. */
  progress?: number;
  /** Why the send failed. */
  error?: ChatErrorInfo;
  /** Server-side app data of the message. */
  ext?: string;
  /** The message this one replies to, as it was when the reply was sent. */
  replyTo?: ReplyRef;
  /** Reactions on the message; absent when it never had one. They never count as unread. */
  reactions?: MessageReactions;
  /** Server time of the edit that produced `body`; absent when never edited. */
  editedAt?: number;
}

/** A message; `attach` is typed by `type`. */
export type Message<T extends MessageType = MessageType> = {
  [K in T]: MessageBase & { type: K; attach?: AttachByType[K] };
}[T];

/** Types whose messages count toward unread by default. */
export function isCountable(
  message: Pick<MessageBase, 'countable'> & { type: MessageType },
): boolean {
  if (message.countable !== undefined) return message.countable;
  return message.type !== 'tip' && message.type !== 'notification';
}

/** Message types carrying a file. */
export type FileMessageType = 'image' | 'audio' | 'video' | 'file';

/** True for image, audio, video and file messages. */
export function isFileType(type: MessageType): type is FileMessageType {
  return type === 'image' || type === 'audio' || type === 'video' || type === 'file';
}
