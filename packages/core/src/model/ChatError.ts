/**
 * Stable error codes. Apps switch on `code`; the message is for people and may change.
 */
export type ChatErrorCode =
  | 'NOT_CONNECTED'
  | 'AUTH_FAILED'
  | 'PIN_LIMIT'
  | 'RECALL_EXPIRED'
  | 'RECALL_NOT_ALLOWED'
  /** The edit window (`editWindowMs`) of the message has passed. */
  | 'EDIT_EXPIRED'
  /** Only the sender's own sent text messages can be edited, and not once recalled. */
  | 'EDIT_NOT_ALLOWED'
  /** A message holds at most `MAX_REACTION_KEYS` distinct reactions. */
  | 'REACTION_LIMIT'
  | 'NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'INVALID_STATE'
  | 'UPLOAD_FAILED'
  | 'UPLOAD_CANCELLED'
  | 'FILE_TOO_LARGE'
  | 'TEXT_TOO_LONG'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'SEND_FAILED'
  | 'PERMISSION_DENIED'
  /** The server did not answer in time (it accepted the connection, or a request, and went quiet). */
  | 'TIMEOUT'
  /** Nothing accepts connections at the server's address: a wrong port, or the server is down. */
  | 'CONNECTION_REFUSED'
  /** The server's name does not resolve, or the server does not serve the account's domain. */
  | 'HOST_UNKNOWN'
  /** Stored data could not be read: a record, or the database itself, is damaged or foreign. */
  | 'STORAGE_CORRUPT'
  /** Stored data was written by a newer version, which this version cannot read. */
  | 'STORAGE_VERSION'
  | 'UNSUPPORTED'
  | 'INTERNAL';

/** Every error Parley raises or rejects with. Never a bare string or a plain `Error`. */
export class ChatError extends Error {
  override readonly name = 'ChatError';
  /** Stable, machine-readable reason. */
  readonly code: ChatErrorCode;
  /** Extra data for debugging (ids, limits); never shown to users as is. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ChatErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details;
  }

  /** Plain-data form, safe to store on a message or send over a wire. */
  toJSON(): ChatErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** Serializable form of a {@link ChatError}, kept on failed messages. */
export interface ChatErrorInfo {
  code: ChatErrorCode;
  message: string;
}

/** True for any `ChatError`, also across realms and bundle copies. */
export function isChatError(value: unknown): value is ChatError {
  return (
    value instanceof ChatError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'ChatError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/**
 * Wraps anything thrown into a `ChatError`, so callers deal with one shape.
 * @param fallback code used when `error` is not already a `ChatError`
 */
export function toChatError(error: unknown, fallback: ChatErrorCode = 'INTERNAL'): ChatError {
  if (isChatError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChatError(fallback, message || fallback, { cause: error });
}
