import { isChatError } from '@parley/core';

/**
 * The SDK's `ErrorEvent`: a numeric `type` (`EasemobChat.Code`) and a message, as the SDK's
 * promises reject with it.
 */
export class FakeEasemobError extends Error {
  constructor(
    readonly type: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'ErrorEvent';
  }
}

/** `EasemobChat.Code` values the fake answers with. */
export const CODE = {
  REQUEST_PARAMETER_ERROR: -3,
  WEBIM_CONNCTION_AUTH_ERROR: 2,
  WEBIM_CONNCTION_DISCONNECTED: 16,
  WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE: 206,
  MAX_LIMIT: 50,
  MESSAGE_NOT_FOUND: 51,
  NO_PERMISSION: 52,
  MESSAGE_RECALL_TIME_LIMIT: 504,
  GROUP_NOT_EXIST: 605,
} as const;

/** The SDK's error for what the embedded server refused. */
export function refused(
  error: unknown,
  codes: Partial<Record<string, number>> = {},
): FakeEasemobError {
  const code = isChatError(error) ? (codes[error.code] ?? CODE.REQUEST_PARAMETER_ERROR) : -2;
  return new FakeEasemobError(code, error instanceof Error ? error.message : String(error));
}
