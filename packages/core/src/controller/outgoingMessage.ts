import type { SendRequest } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import {
  type FileAttach,
  type FileMessageType,
  isCountable,
  type Message,
  type MessageBase,
  type ReplyRef,
} from '../model/Message.ts';
import { parseSessionId, type SessionId } from '../model/SessionId.ts';
import type { OutgoingContent } from '../OutgoingContent.ts';

/** An optimistic message and the request that sends it. */
export interface Outgoing {
  message: Message;
  request: SendRequest;
  file?: Blob;
}

function fileName(content: { file: Blob; name?: string }): string {
  if (content.name) return content.name;
  const named = content.file as Blob & { name?: unknown };
  return typeof named.name === 'string' && named.name !== '' ? named.name : 'file';
}

function previewUrl(file: Blob): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
}

/**
 * Builds the `sending` message the store shows at once (seed 004 `onSendBefore`) and the
 * request for the adapter. The content was checked (`checkContent`).
 */
export function buildOutgoing(
  sessionId: SessionId,
  content: OutgoingContent,
  meta: { idClient: string; from: string; time: number; teamReceipts: boolean; replyTo?: ReplyRef },
): Outgoing {
  const built = buildMessage(sessionId, content, meta);
  const message: Message = meta.replyTo ? { ...built, replyTo: meta.replyTo } : built;
  const wanted = content.type === 'tip' ? undefined : content.needReceipt;
  const needReceipt =
    message.scene !== 'p2p' && (wanted ?? (meta.teamReceipts && isCountable(message)));
  const file = 'file' in content ? content.file : undefined;
  return { message, request: requestOf(message, file, needReceipt), ...(file ? { file } : {}) };
}

function buildMessage(
  sessionId: SessionId,
  content: OutgoingContent,
  meta: { idClient: string; from: string; time: number },
): Message {
  const target = parseSessionId(sessionId);
  if (!target) throw new ChatError('INVALID_ARGUMENT', `Not a session id: ${sessionId}`);
  const base = {
    idClient: meta.idClient,
    idServer: '',
    scene: target.scene,
    sessionId,
    from: meta.from,
    to: target.to,
    time: meta.time,
    status: 'sending' as const,
  };
  switch (content.type) {
    case 'text':
    case 'tip': {
      const countable = content.type === 'tip' ? content.countable : undefined;
      return {
        ...base,
        type: content.type,
        body: content.body,
        ...(countable === undefined ? {} : { countable }),
      };
    }
    case 'custom':
      return { ...base, type: 'custom', body: content.body ?? '', attach: content.attach };
    case 'geo':
      return {
        ...base,
        type: 'geo',
        body: content.body ?? content.attach.title,
        attach: content.attach,
      };
    default: {
      const name = fileName(content);
      const file = {
        url: previewUrl(content.file),
        name,
        size: content.file.size,
        mime: content.file.type,
      };
      return fileMessage(content.type, { ...base, body: content.body ?? name, progress: 0 }, file);
    }
  }
}

function fileMessage(
  type: FileMessageType,
  base: Omit<MessageBase, 'type'>,
  file: FileAttach,
): Message {
  switch (type) {
    case 'image':
      return { ...base, type, attach: { ...file, width: 0, height: 0 } };
    case 'audio':
      return { ...base, type, attach: { ...file, dur: 0 } };
    case 'video':
      return { ...base, type, attach: { ...file, dur: 0, width: 0, height: 0 } };
    case 'file':
      return { ...base, type, attach: file };
  }
}

/**
 * What a file message's request carries: the file to upload with what is known of it (the
 * name the app gave, size, MIME type; `url` empty, as the preview URL is only this device's),
 * or, for a file already uploaded (forward), its attachment.
 */
function upload<A extends FileAttach>(
  file: Blob | undefined,
  attach: A | undefined,
): { file?: Blob; attach?: A } {
  if (!file) return { attach };
  return { file, attach: attach && { ...attach, url: '' } };
}

/**
 * The request that sends `message`: the first time, or again (resend, the outbox after a
 * reload), with its `replyTo`.
 */
export function requestOf(
  message: Message,
  file: Blob | undefined,
  needReceipt: boolean,
): SendRequest {
  const { idClient, scene, to, body } = message;
  const common = {
    idClient,
    scene,
    to,
    body,
    ...(message.countable === undefined ? {} : { countable: message.countable }),
    ...(message.ext === undefined ? {} : { ext: message.ext }),
    ...(needReceipt ? { needReceipt } : {}),
    ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
  };
  switch (message.type) {
    case 'image':
      return { ...common, type: 'image', ...upload(file, message.attach) };
    case 'audio':
      return { ...common, type: 'audio', ...upload(file, message.attach) };
    case 'video':
      return { ...common, type: 'video', ...upload(file, message.attach) };
    case 'file':
      return { ...common, type: 'file', ...upload(file, message.attach) };
    case 'geo':
      return { ...common, type: 'geo', attach: message.attach };
    case 'custom':
      return { ...common, type: 'custom', attach: message.attach };
    case 'notification':
      return { ...common, type: 'notification', attach: message.attach };
    case 'text':
    case 'tip':
      return { ...common, type: message.type };
  }
}

/** Whether a message asks for team receipts by `CreateChatOptions.teamReceipts`. */
export function asksReceipt(message: Message, teamReceipts: boolean): boolean {
  return message.scene !== 'p2p' && teamReceipts && isCountable(message);
}
