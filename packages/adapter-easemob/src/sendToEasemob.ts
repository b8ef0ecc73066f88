import type { FileMessageType, Message, SendOptions, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSendRequest, isFileType } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { conversationTarget } from './conversationTarget.ts';
import type { EasemobConnection } from './EasemobConnection.ts';
import { emCall } from './easemobErrors.ts';
import { quoteExt } from './quote.ts';
import { type EasemobContent, EXT, toMessage } from './toMessage.ts';

type Sendable = Exclude<EasemobContent, EasemobChat.CmdMsgBody | EasemobChat.CombineMsgBody>;

function invalid(message: string): ChatError {
  return new ChatError('INVALID_ARGUMENT', message);
}

/**
 * The Easemob ext of a Parley message: its idClient, tip mark, app ext and quote. An edit sends
 * it again, since Easemob replaces the ext of a modified message.
 */
export function extOf(
  message: Pick<Message, 'idClient' | 'type' | 'ext' | 'replyTo'>,
): Record<string, unknown> {
  return {
    [EXT.id]: message.idClient,
    ...(message.type === 'tip' ? { [EXT.type]: 'tip' } : {}),
    ...(typeof message.ext === 'string' ? { [EXT.ext]: message.ext } : {}),
    ...(message.replyTo ? quoteExt(message.replyTo) : {}),
  };
}

/** What every message carries: its conversation, Parley's ext, the receipt ask. */
function baseOf(request: SendRequest) {
  const { chatType } = conversationTarget(toSession(request));
  const ext = extOf(request);
  return {
    // The SDK's local id: Parley's idClient, so the send result names it.
    id: request.idClient,
    chatType,
    to: request.to,
    time: Date.now(),
    ext,
    ...(request.needReceipt && chatType === 'groupChat'
      ? { msgConfig: { allowGroupAck: true } }
      : {}),
  };
}

function toSession(request: SendRequest): string {
  return `${request.scene}-${request.to}`;
}

/** The file message for an upload (`file`) or an already uploaded attachment (`attach.url`). */
function fileBody(
  request: Extract<SendRequest, { type: FileMessageType }>,
  progress: (value: number) => void,
): Sendable {
  const blob = request.file;
  const attach = request.attach;
  const name = attach?.name || (blob instanceof File ? blob.name : request.type);
  const mime = attach?.mime || blob?.type || '';
  const data = blob ? (blob instanceof File ? blob : new File([blob], name, { type: mime })) : null;
  if (!data && !attach?.url) throw invalid(`A ${request.type} message needs a file`);
  const file: EasemobChat.FileObj = {
    url: attach?.url ?? '',
    filename: name,
    filetype: mime,
    data: data ?? new File([], name, { type: mime }),
  };
  const upload = data
    ? {
        file,
        onFileUploadProgress: (e: ProgressEvent) => progress(e.total > 0 ? e.loaded / e.total : 0),
        onFileUploadComplete: () => progress(1),
      }
    : { file, body: { url: attach?.url ?? '', type: request.type, filename: name } };
  const base = { ...baseOf(request), ...upload, file_length: data?.size ?? attach?.size ?? 0 };
  switch (request.type) {
    case 'image':
      return { ...base, type: 'img', width: request.attach?.width, height: request.attach?.height };
    case 'audio':
      return { ...base, type: 'audio', filename: name, length: (request.attach?.dur ?? 0) / 1000 };
    case 'video':
      return { ...base, type: 'video', filename: name, length: (request.attach?.dur ?? 0) / 1000 };
    default:
      return { ...base, type: 'file', filename: name };
  }
}

/**
 * Sends a Parley send request as the Easemob message of its type (`conn.send`), built as a
 * plain message body so the adapter needs no SDK code at run time. Resolves with the server's
 * id and time.
 * @throws ChatError `INVALID_ARGUMENT` for requests Easemob cannot carry
 */
export async function sendToEasemob(
  conn: EasemobConnection,
  request: SendRequest,
  options?: SendOptions,
): Promise<EasemobChat.SendMsgResult> {
  checkSendRequest(request);
  const body = typeof request.body === 'string' ? request.body : '';
  let message: Sendable;
  let operation: 'send' | 'upload' = 'send';
  let last = -1;
  // Reported only when it moves: the SDK's last progress event and its completion both say 1.
  const progress = (value: number) => {
    const next = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
    if (next <= last) return;
    last = next;
    options?.onProgress?.(next);
  };
  switch (request.type) {
    case 'text':
    case 'tip':
      message = { ...baseOf(request), type: 'txt', msg: body };
      break;
    case 'geo': {
      const attach = request.attach;
      if (!attach) throw invalid('A geo message needs lat, lng and title');
      message = {
        ...baseOf(request),
        type: 'loc',
        lat: attach.lat,
        lng: attach.lng,
        addr: attach.title,
        buildingName: '',
      };
      break;
    }
    case 'custom': {
      if (!request.attach) throw invalid('A custom message needs an attachment');
      const { kind, data } = request.attach;
      message = {
        ...baseOf(request),
        type: 'custom',
        customEvent: kind,
        customExts: { data: JSON.stringify(data) },
      };
      break;
    }
    case 'notification':
      throw invalid('Group notifications come from the server; they cannot be sent');
    default:
      if (!isFileType(request.type)) {
        throw invalid(`Unknown message type ${String((request as { type: unknown }).type)}`);
      }
      if (options?.signal?.aborted) {
        throw new ChatError('UPLOAD_CANCELLED', 'The upload was cancelled');
      }
      message = fileBody(request, progress);
      operation = request.file ? 'upload' : 'send';
      if (request.file) progress(0);
  }
  const sent = await emCall(operation, () => conn.send(message));
  if (request.file && last < 1) progress(1);
  if (!sent?.serverMsgId) throw new ChatError('SEND_FAILED', 'Easemob answered with no message id');
  return sent;
}

/**
 * The message a send resolves with: the server's copy when the SDK returned one (it holds the
 * uploaded file's URL), else the request as the server accepted it.
 */
export function acceptedMessage(
  request: SendRequest,
  me: string,
  sent: EasemobChat.SendMsgResult,
): Message {
  const copy = sent.message ? toMessage(sent.message, me) : null;
  if (copy) {
    return {
      ...copy,
      idClient: request.idClient,
      idServer: sent.serverMsgId,
      status: 'sent',
      ...(request.replyTo ? { replyTo: request.replyTo } : {}),
    };
  }
  return {
    idClient: request.idClient,
    idServer: sent.serverMsgId,
    scene: request.scene,
    sessionId: toSession(request),
    from: me,
    to: request.to,
    time: Date.now(),
    status: 'sent',
    type: request.type,
    body: typeof request.body === 'string' ? request.body : '',
    ...(request.attach ? { attach: request.attach } : {}),
    ...(request.ext ? { ext: request.ext } : {}),
    ...(request.replyTo ? { replyTo: request.replyTo } : {}),
  } as Message;
}
