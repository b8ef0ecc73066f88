import type { FileAttach, SendOptions, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSendRequest, isFileType } from '@parley/core/rules';
import type { UploadFileResult } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/CloudStorageServiceInterface.js';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { IBaseSendFileOptions } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/types.js';
import type { NimMsgService } from './NimInstance.ts';
import { nimCall } from './nimErrors.ts';

function invalid(message: string): ChatError {
  return new ChatError('INVALID_ARGUMENT', message);
}

/** What every `send*Msg` call carries; `replyMsg` makes the message a reply to it. */
function baseOptions(request: SendRequest, replyMsg: IMMessage | undefined) {
  return {
    scene: request.scene,
    to: request.to,
    idClient: request.idClient,
    // The SDK keeps a caller's idClient only on a resend, and the server answers a resend of
    // an idClient it already has with that message: Parley's sends are idempotent on idClient,
    // so every send goes out this way (resendMsg does the same for a failed message).
    setting: { resendFlag: true },
    ...(request.ext ? { ext: request.ext } : {}),
    ...(request.needReceipt && request.scene !== 'p2p'
      ? { teamSpecializationInfo: { needACK: true } }
      : {}),
    ...(replyMsg ? { replyMsg } : {}),
  };
}

/** An already uploaded attachment (a forwarded file) as the SDK's upload result. */
function uploaded(attach: FileAttach & { width?: number; height?: number; dur?: number }) {
  const dot = attach.name.lastIndexOf('.');
  const result: UploadFileResult = {
    name: attach.name,
    url: attach.url,
    ext: dot >= 0 ? attach.name.slice(dot + 1) : '',
    size: attach.size,
  };
  if (attach.width) result.w = attach.width;
  if (attach.height) result.h = attach.height;
  if (attach.dur) result.dur = attach.dur;
  return result;
}

/** Uploads and sends a file message, reporting progress and honouring cancellation. */
async function sendFile(
  msg: NimMsgService,
  request: Extract<SendRequest, { type: 'image' | 'audio' | 'video' | 'file' }>,
  options: SendOptions | undefined,
  replyMsg: IMMessage | undefined,
): Promise<IMMessage> {
  const call = {
    image: msg.sendImageMsg,
    audio: msg.sendAudioMsg,
    video: msg.sendVideoMsg,
    file: msg.sendFileMsg,
  }[request.type].bind(msg);
  if (!request.file) {
    const attach = request.attach;
    if (!attach?.url) throw invalid(`A ${request.type} message needs a file`);
    const base = baseOptions(request, replyMsg);
    return nimCall('send', () => call({ ...base, attach: uploaded(attach) }));
  }
  const signal = options?.signal;
  const cancelled = () => new ChatError('UPLOAD_CANCELLED', 'The upload was cancelled');
  if (signal?.aborted) throw cancelled();
  const blob = request.file;
  const name = request.attach?.name || (blob instanceof File ? blob.name : request.type);
  const file = blob instanceof File ? blob : new File([blob], name, { type: blob.type });
  let last = 0;
  const progress = (value: number) => {
    last = Math.min(1, Math.max(last, value));
    options?.onProgress?.(last);
  };
  let abort: (() => void) | undefined;
  const onAbort = () => abort?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  const fileOptions: IBaseSendFileOptions = {
    ...baseOptions(request, replyMsg),
    file,
    onUploadStart: (task) => {
      abort = task.abort;
      if (signal?.aborted) task.abort();
    },
    onUploadProgress: (p) => progress(Number.isFinite(p.percentage) ? p.percentage : 0),
    onUploadDone: () => progress(1),
  };
  try {
    progress(0);
    const sent = await nimCall('send', () => call(fileOptions));
    if (last < 1) progress(1);
    return sent;
  } catch (error) {
    throw signal?.aborted ? cancelled() : error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends a Parley send request with the SDK's `send*Msg` call for its type (seed 004), keeping
 * its idClient; a reply goes with the SDK's `replyMsg`. Resolves with the SDK's accepted message.
 * @throws ChatError `INVALID_ARGUMENT` for requests the SDK cannot send
 */
export async function sendToNim(
  msg: NimMsgService,
  request: SendRequest,
  options?: SendOptions,
  replyMsg?: IMMessage,
): Promise<IMMessage> {
  checkSendRequest(request);
  const base = baseOptions(request, replyMsg);
  const body = typeof request.body === 'string' ? request.body : '';
  switch (request.type) {
    case 'text':
      return nimCall('send', () => msg.sendTextMsg({ ...base, body }));
    case 'tip':
      return nimCall('send', () => msg.sendTipMsg({ ...base, body }));
    case 'geo': {
      const attach = request.attach;
      if (!attach) throw invalid('A geo message needs lat, lng and title');
      const geo = { lat: attach.lat, lng: attach.lng, title: attach.title };
      return nimCall('send', () => msg.sendGeoLocationMsg({ ...base, body, attach: geo }));
    }
    case 'custom': {
      if (!request.attach) throw invalid('A custom message needs an attachment');
      const attach = JSON.stringify(request.attach);
      return nimCall('send', () => msg.sendCustomMsg({ ...base, body, attach }));
    }
    case 'notification':
      throw invalid('Team notifications come from the server; they cannot be sent');
    default:
      if (isFileType(request.type)) return sendFile(msg, request, options, replyMsg);
      throw invalid(`Unknown message type ${String((request as { type: unknown }).type)}`);
  }
}
