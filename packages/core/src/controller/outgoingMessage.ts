import type { OutgoingContent } from '../Chat.ts';
import type { SendRequest } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import {
  type FileAttach,
  type FileMessageType,
  isCountable,
  type Message,
  type MessageBase,
} from '../model/Message.ts';
import { parseSessionId, type SessionId } from '../model/Session.ts';

/** An optimistic message and the request that sends it. */
export interface Outgoing {
  message: Message;
  request: SendRequest;
  file?: Blob;
}

function fileName(content: { file: Blob; name?: string }): string {
  if (content.name) return content.name;
  const named = content.file as Blob & { name?: unknown };
  return typeof named.name === 'string' ? named.name : 'file';
}

function previewUrl(file: Blob): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
}

/**
 * Builds the `sending` message the store shows at once (seed 004 `onSendBefore`) and the
 * request for the adapter. Throws `INVALID_ARGUMENT` for a bad session id or empty text.
 */
export function buildOutgoing(
  sessionId: SessionId,
  content: OutgoingContent,
  meta: { idClient: string; from: string; time: number; teamReceipts: boolean },
): Outgoing {
  const built = buildContent(sessionId, content, meta);
  const { message } = built;
  const wanted = content.type === 'tip' ? undefined : content.needReceipt;
  const needReceipt =
    message.scene !== 'p2p' && (wanted ?? (meta.teamReceipts && isCountable(message)));
  return needReceipt ? { ...built, request: { ...built.request, needReceipt } } : built;
}

function buildContent(
  sessionId: SessionId,
  content: OutgoingContent,
  meta: { idClient: string; from: string; time: number },
): Outgoing {
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
  const route = { idClient: meta.idClient, scene: target.scene, to: target.to };
  switch (content.type) {
    case 'text':
    case 'tip': {
      if (content.body.trim() === '')
        throw new ChatError('INVALID_ARGUMENT', 'Message text is empty');
      const countable = content.type === 'tip' ? content.countable : undefined;
      const extra = countable === undefined ? {} : { countable };
      return {
        message: { ...base, type: content.type, body: content.body, ...extra },
        request: { ...route, type: content.type, body: content.body, ...extra },
      };
    }
    case 'custom':
      return {
        message: { ...base, type: 'custom', body: content.body ?? '', attach: content.attach },
        request: { ...route, type: 'custom', body: content.body ?? '', attach: content.attach },
      };
    case 'geo':
      return {
        message: {
          ...base,
          type: 'geo',
          body: content.body ?? content.attach.title,
          attach: content.attach,
        },
        request: {
          ...route,
          type: 'geo',
          body: content.body ?? content.attach.title,
          attach: content.attach,
        },
      };
    default: {
      const name = fileName(content);
      const body = content.body ?? name;
      const file = {
        url: previewUrl(content.file),
        name,
        size: content.file.size,
        mime: content.file.type,
      };
      return {
        message: fileMessage(content.type, { ...base, body, progress: 0 }, file),
        request: { ...route, type: content.type, body, file: content.file },
        file: content.file,
      };
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
