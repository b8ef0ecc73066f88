import { ChatError } from '../model/ChatError.ts';
import type { JsonValue } from '../model/JsonValue.ts';
import { MESSAGE_TYPES, type MessageType } from '../model/Message.ts';
import { parseSessionId, type Scene, type SessionId } from '../model/SessionId.ts';

/**
 * Longest account, team or message id, in UTF-16 code units. NetEase allows 32 characters,
 * Easemob 64 bytes and an XMPP localpart 1023 bytes; 128 leaves room for every backend Parley
 * runs on while keeping a 100,000-character "account" out.
 */
export const MAX_ID_LENGTH = 128;

/**
 * Default longest message text, in UTF-16 code units (what `String.length` and the HTML
 * `maxlength` attribute count): NetEase IM takes 5,000 characters in a text body. Easemob
 * limits a whole message to 5 KB of UTF-8, less than 5,000 Chinese characters: apps on it
 * pass a lower `maxTextLength`.
 */
export const DEFAULT_MAX_TEXT_LENGTH = 5000;

/** Longest file name, in UTF-16 code units, as most file systems allow. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
 * marks, embeddings, overrides and isolates: invisible, and in an id or a file name they can
 * make one look like another ("\u202Eevil", "invoice\u202Efdp.exe").
 */
const HIDDEN = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

/** Whether a string holds a control or bidirectional formatting character. */
export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value);
}

/** A bad value as an error message shows it: its kind, or a short string with hidden characters escaped. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const visible = short.replace(
      HIDDEN_ALL,
      (c) => `\\u${c.codePointAt(0)?.toString(16).padStart(4, '0')}`,
    );
    return `"${visible}"${value.length > 40 ? ` (${value.length} characters)` : ''}`;
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The error for a malformed argument: `INVALID_ARGUMENT`, its message naming the argument
 * and what it must be, `details.argument` the name.
 */
export function invalidArgument(argument: string, expected: string, value: unknown): ChatError {
  return new ChatError('INVALID_ARGUMENT', `${argument} must be ${expected}; got ${shown(value)}`, {
    details: { argument },
  });
}

/** Checks a string. */
export function checkString(value: unknown, argument: string): string {
  if (typeof value !== 'string') throw invalidArgument(argument, 'a string', value);
  return value;
}

/** Checks a boolean. */
export function checkBoolean(value: unknown, argument: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(argument, 'true or false', value);
  return value;
}

/** Checks an optional field: absent (`undefined`) or what `check` accepts. */
export function checkOptional<T>(
  value: unknown,
  argument: string,
  check: (value: unknown, argument: string) => T,
): T | undefined {
  return value === undefined ? undefined : check(value, argument);
}

/** Checks a time in ms (server times are never negative). */
export function checkTime(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalidArgument(argument, 'a time in ms (a finite number ≥ 0)', value);
  }
  return value;
}

/** Checks a plain object (not null, not an array). */
export function checkObject(value: unknown, argument: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgument(argument, 'an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Checks an account, team or message id: a non-empty string of at most
 * {@link MAX_ID_LENGTH} units without control or bidirectional formatting characters. Ids are
 * compared as given (nothing is normalised).
 */
export function checkId(value: unknown, argument: string): string {
  if (!isId(value)) throw invalidArgument(argument, ID, value);
  return value;
}

const ID = `an id of 1 to ${MAX_ID_LENGTH} characters without control or bidi characters`;

function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    value.length <= MAX_ID_LENGTH &&
    !hasHiddenCharacters(value)
  );
}

/** Checks a scene. */
export function checkScene(value: unknown, argument: string): Scene {
  if (value !== 'p2p' && value !== 'team' && value !== 'superTeam') {
    throw invalidArgument(argument, '"p2p", "team" or "superTeam"', value);
  }
  return value;
}

/** Checks a session id: `${scene}-${to}` with a valid scene and target id. */
export function checkSessionId(
  value: unknown,
  argument = 'sessionId',
): { scene: Scene; to: string } {
  const parsed = typeof value === 'string' ? parseSessionId(value) : null;
  if (!parsed || !isId(parsed.to)) {
    throw invalidArgument(
      argument,
      `a session id "<scene>-<id>" such as "p2p-alice", ${ID}`,
      value,
    );
  }
  return parsed;
}

/** Checks a non-empty list of session ids. */
export function checkSessionIds(value: unknown, argument = 'sessionIds'): SessionId[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidArgument(argument, 'a non-empty array of session ids', value);
  }
  return value.map((id, i) => {
    checkSessionId(id, `${argument}[${i}]`);
    return id as SessionId;
  });
}

/** Checks a non-empty list of message ids. */
export function checkIdClients(value: unknown, argument = 'idClients'): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidArgument(argument, 'a non-empty array of message ids', value);
  }
  return value.map((id, i) => checkId(id, `${argument}[${i}]`));
}

/** Checks a reference to a message: an object with a valid `idClient` and `sessionId`. */
export function checkMessageRef(
  value: unknown,
  argument = 'message',
): { idClient: string; sessionId: SessionId } {
  const message = checkObject(value, argument);
  const idClient = checkId(message.idClient, `${argument}.idClient`);
  checkSessionId(message.sessionId, `${argument}.sessionId`);
  return { idClient, sessionId: message.sessionId as SessionId };
}

/**
 * Checks a message text: a string with something besides white space, of at most `max`
 * units. Too long is `TEXT_TOO_LONG` (with `details.length` and `details.max`), so an app
 * can say so; anything else malformed is `INVALID_ARGUMENT`.
 */
export function checkText(value: unknown, argument: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidArgument(argument, 'a text that is not blank', value);
  }
  return checkLength(value, argument, max);
}

/** Checks that an optional text (a caption, a title) is not longer than `max` units. */
export function checkLength(value: string, argument: string, max: number): string {
  if (value.length > max) {
    throw new ChatError(
      'TEXT_TOO_LONG',
      `${argument} is ${value.length} characters long; at most ${max} can be sent`,
      { details: { argument, length: value.length, max } },
    );
  }
  return value;
}

/** Whether a value is a `Blob` (also one of another realm, such as jsdom's). */
export function isBlob(value: unknown): value is Blob {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  const blob = value as Partial<Record<'size' | 'type' | 'slice', unknown>>;
  return (
    typeof blob.size === 'number' &&
    typeof blob.type === 'string' &&
    typeof blob.slice === 'function'
  );
}

/** Checks a file to send: a `Blob` (or `File`) that is not empty. */
export function checkFile(value: unknown, argument: string): Blob {
  if (!isBlob(value)) throw invalidArgument(argument, 'a Blob or File', value);
  if (value.size === 0)
    throw invalidArgument(argument, 'a file that is not empty (0 bytes)', value);
  return value;
}

/** Checks a file name: 1 to {@link MAX_FILE_NAME_LENGTH} units, no control or bidi characters. */
export function checkFileName(value: unknown, argument: string): string {
  if (
    typeof value !== 'string' ||
    value.trim() === '' ||
    value.length > MAX_FILE_NAME_LENGTH ||
    hasHiddenCharacters(value)
  ) {
    const expected = `a file name of 1 to ${MAX_FILE_NAME_LENGTH} characters without control or bidi characters`;
    throw invalidArgument(argument, expected, value);
  }
  return value;
}

/** Checks a JSON value (no functions, `undefined`, non-finite numbers or cycles). */
export function checkJson(value: unknown, argument: string, depth = 0): JsonValue {
  if (depth > 64) throw invalidArgument(argument, 'JSON nested at most 64 deep', value);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkJson(item, `${argument}[${i}]`, depth + 1);
    return value as JsonValue;
  }
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    for (const [key, item] of Object.entries(value as object)) {
      checkJson(item, `${argument}.${key}`, depth + 1);
    }
    return value as JsonValue;
  }
  throw invalidArgument(argument, 'a JSON value', value);
}

/** Checks a JSON object (a plain object of JSON values). */
export function checkJsonObject(value: unknown, argument: string): Record<string, JsonValue> {
  checkObject(value, argument);
  return checkJson(value, argument) as Record<string, JsonValue>;
}

/** A message type a client may send: notifications are the server's. */
export type SendableType = Exclude<MessageType, 'notification'>;

const SENDABLE = MESSAGE_TYPES.filter((type): type is SendableType => type !== 'notification');

/** Checks the type of a message a client sends. */
export function checkSendableType(value: unknown, argument: string): SendableType {
  const type = SENDABLE.find((sendable) => sendable === value);
  if (!type) throw invalidArgument(argument, `one of ${SENDABLE.join(', ')}`, value);
  return type;
}

/** Longest reaction key, in UTF-16 units: room for any emoji sequence or a short app key. */
export const MAX_REACTION_KEY_LENGTH = 32;

/**
 * Checks a reaction key (an emoji or an app key): 1 to {@link MAX_REACTION_KEY_LENGTH}
 * units, not blank, without control or bidi characters.
 */
export function checkReactionKey(value: unknown, argument = 'key'): string {
  if (
    typeof value !== 'string' ||
    value.trim() === '' ||
    value.length > MAX_REACTION_KEY_LENGTH ||
    hasHiddenCharacters(value)
  ) {
    throw invalidArgument(
      argument,
      `a reaction key of 1 to ${MAX_REACTION_KEY_LENGTH} characters without control or bidi characters`,
      value,
    );
  }
  return value;
}
