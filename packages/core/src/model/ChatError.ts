/**
 * Stable error codes. Apps switch on `code`; the message is for people and may change.
 */
export type ChatErrorCode =
  | 'NOT_CONNECTED'
  | 'AUTH_FAILED'
  | 'PIN_LIMIT'
  | 'RECALL_EXPIRED'
  | 'RECALL_NOT_ALLOWED'
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
  | 'TIMEOUT'
  | 'STORAGE_CORRUPT'
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
