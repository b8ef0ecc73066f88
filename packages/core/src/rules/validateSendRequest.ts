import type { SendRequest } from '../model/ChatAdapter.ts';
import {
  type CustomAttach,
  type GeoAttach,
  isFileType,
  isMessageType,
  type ReplyRef,
} from '../model/Message.ts';
import { MAX_REPLY_PREVIEW_LENGTH } from './reply.ts';
import {
  checkBoolean,
  checkFile,
  checkFileName,
  checkId,
  checkJson,
  checkLength,
  checkObject,
  checkOptional,
  checkScene,
  checkSendableType,
  checkString,
  checkText,
  checkTime,
  DEFAULT_MAX_TEXT_LENGTH,
  invalidArgument,
} from './validate.ts';

/** Checks a custom message's attachment: an app-defined `kind` and JSON `data`. */
export function checkCustomAttach(value: unknown, argument: string): CustomAttach {
  const attach = checkObject(value, argument);
  if (typeof attach.kind !== 'string' || attach.kind === '') {
    throw invalidArgument(`${argument}.kind`, 'a non-empty string', attach.kind);
  }
  checkJson(attach.data, `${argument}.data`);
  return value as CustomAttach;
}

function checkDegrees(value: unknown, argument: string, range: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > range) {
    throw invalidArgument(argument, `a number of degrees from -${range} to ${range}`, value);
  }
  return value;
}

/** Checks a location: latitude, longitude in degrees and a title. */
export function checkGeoAttach(value: unknown, argument: string): GeoAttach {
  const attach = checkObject(value, argument);
  checkDegrees(attach.lat, `${argument}.lat`, 90);
  checkDegrees(attach.lng, `${argument}.lng`, 180);
  checkString(attach.title, `${argument}.title`);
  return value as GeoAttach;
}

/** Checks what a reply quotes: the original's ids, sender, type, preview and time. */
export function checkReplyRef(value: unknown, argument: string): ReplyRef {
  const ref = checkObject(value, argument);
  checkId(ref.idClient, `${argument}.idClient`);
  checkString(ref.idServer, `${argument}.idServer`);
  checkId(ref.from, `${argument}.from`);
  if (!isMessageType(ref.type))
    throw invalidArgument(`${argument}.type`, 'a message type', ref.type);
  // A preview of 200 code points is at most 400 UTF-16 units.
  checkLength(
    checkString(ref.body, `${argument}.body`),
    `${argument}.body`,
    2 * MAX_REPLY_PREVIEW_LENGTH,
  );
  checkTime(ref.time, `${argument}.time`);
  return value as ReplyRef;
}

/** Limits a backend applies to what it accepts. */
export interface SendLimits {
  /** Longest text, UTF-16 units. Default {@link DEFAULT_MAX_TEXT_LENGTH}. */
  maxTextLength?: number;
}

/**
 * A backend's check of a send request, the same rules `Chat.send` applies to its content:
 * valid ids and scene, a type a client may send (not `notification`), a text that is not
 * blank and not longer than the limit (`TEXT_TOO_LONG`), a custom or location attachment of
 * the right shape, and for file messages a non-empty file (or an uploaded file's attachment)
 * with a well-formed name, and a well-formed `replyTo`. Anything else is `INVALID_ARGUMENT` naming the field.
 */
export function checkSendRequest(value: unknown, limits: SendLimits = {}): SendRequest {
  const request = checkObject(value, 'request');
  checkId(request.idClient, 'request.idClient');
  checkScene(request.scene, 'request.scene');
  checkId(request.to, 'request.to');
  const type = checkSendableType(request.type, 'request.type');
  const max = limits.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (type === 'text' || type === 'tip') checkText(request.body, 'request.body', max);
  else checkLength(checkString(request.body, 'request.body'), 'request.body', max);
  checkOptional(request.countable, 'request.countable', checkBoolean);
  checkOptional(request.needReceipt, 'request.needReceipt', checkBoolean);
  checkOptional(request.ext, 'request.ext', checkString);
  checkOptional(request.replyTo, 'request.replyTo', checkReplyRef);
  if (type === 'custom') checkCustomAttach(request.attach, 'request.attach');
  if (type === 'geo') checkGeoAttach(request.attach, 'request.attach');
  if (isFileType(type)) {
    const attach =
      request.file === undefined
        ? checkObject(request.attach, 'request.attach')
        : checkOptional(request.attach, 'request.attach', checkObject);
    if (request.file !== undefined) checkFile(request.file, 'request.file');
    checkOptional(attach?.name, 'request.attach.name', checkFileName);
  }
  return value as SendRequest;
}
