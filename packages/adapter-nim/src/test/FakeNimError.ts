import { isChatError } from '@parley/core';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { V2NIMError } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/types.js';

/** An error as the SDK rejects with: a numeric `code`, `desc` and `detail`. */
export class FakeNimError extends Error implements V2NIMError {
  override readonly name = 'V2NIMError';
  readonly desc: string;
  readonly detail: V2NIMError['detail'] = {};
  /** On a failed send: the message, now `sendFailed` (as the SDK sets `err.msg`). */
  msg?: IMMessage;

  constructor(
    readonly code: number,
    desc: string,
  ) {
    super(desc);
    this.desc = desc;
  }
}

/** Status codes the SDK's server answers with, by the embedded server's error codes. */
const CODES: Record<string, number> = {
  NOT_FOUND: 404,
  PIN_LIMIT: 419,
  RECALL_EXPIRED: 508,
  RECALL_NOT_ALLOWED: 403,
  PERMISSION_DENIED: 403,
  INVALID_ARGUMENT: 414,
  AUTH_FAILED: 302,
  NOT_CONNECTED: 415,
  UPLOAD_CANCELLED: 10499,
  FILE_TOO_LARGE: 400,
  FILE_TYPE_NOT_ALLOWED: 400,
  TIMEOUT: 408,
};

/** The embedded server's `ChatError` as the SDK's error. */
export function asNimError(error: unknown): FakeNimError {
  if (error instanceof FakeNimError) return error;
  if (isChatError(error)) return new FakeNimError(CODES[error.code] ?? 500, error.message);
  return new FakeNimError(500, error instanceof Error ? error.message : String(error));
}

/** The SDK's parameter check (code 414). */
export function paramError(what: string): FakeNimError {
  return new FakeNimError(414, `parameter error: ${what}`);
}
