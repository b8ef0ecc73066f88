import { ChatError, type ChatErrorCode, isChatError } from '@parley/core';
import { type VendorCodes, type VendorOperation, vendorErrorCode } from '@parley/core/rules';

/**
 * SDK and server status codes (nim-web-sdk-ng's error table and V2NIMErrorCode) by meaning.
 * V1 servers answer with the classic codes (414, 508, …), newer ones with V2 codes (107314, …).
 */
const BY_CODE: Readonly<Record<number, ChatErrorCode>> = {
  302: 'AUTH_FAILED', // user name or token incorrect
  422: 'AUTH_FAILED', // account disabled
  403: 'PERMISSION_DENIED',
  802: 'PERMISSION_DENIED',
  7101: 'PERMISSION_DENIED', // the peer blocked me ("refused")
  404: 'NOT_FOUND',
  803: 'NOT_FOUND', // team does not exist
  107404: 'NOT_FOUND', // message not exist
  191006: 'NOT_FOUND', // resource not exist
  408: 'TIMEOUT',
  191005: 'TIMEOUT',
  414: 'INVALID_ARGUMENT',
  191004: 'INVALID_ARGUMENT',
  415: 'NOT_CONNECTED', // client network unavailable
  192003: 'NOT_CONNECTED', // disconnect
  10499: 'UPLOAD_CANCELLED', // NOS uploader: "Upload Aborted"
  191002: 'UPLOAD_CANCELLED', // operation cancelled
  194006: 'UPLOAD_FAILED',
};

/** Codes whose meaning depends on the operation. */
const BY_OPERATION: VendorCodes['byOperation'] = {
  recall: {
    508: 'RECALL_EXPIRED', // "Expiration date"
    107314: 'RECALL_EXPIRED', // revoke message exceed time limit
    403: 'RECALL_NOT_ALLOWED',
    107303: 'RECALL_NOT_ALLOWED', // only sender or manager can revoke
    107315: 'RECALL_NOT_ALLOWED',
  },
  pin: {
    419: 'PIN_LIMIT', // count over the limit
    110303: 'PIN_LIMIT', // conversation stick top limit
  },
  upload: { 400: 'UPLOAD_FAILED' },
};

const CODES: VendorCodes = { byCode: BY_CODE, byOperation: BY_OPERATION };

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
}

/**
 * Turns whatever the SDK rejected with (a `V2NIMError` with a numeric `code`, a validation
 * error, anything else) into a `ChatError`; the SDK code stays in `details.nimCode`.
 */
export function toNimChatError(error: unknown, operation: VendorOperation): ChatError {
  if (isChatError(error)) return error;
  const raw = field(error, 'code');
  const code = typeof raw === 'number' ? raw : Number(raw);
  const desc = field(error, 'desc') ?? field(error, 'message') ?? error;
  const said = typeof desc === 'string' && desc !== '' ? desc : undefined;
  if (operation === 'connect' && !Number.isFinite(code)) {
    // The SDK's server answers a refused login with a status code; `connect` rejects without
    // one ("clientSocketV1::socket xhr or socket connect failed") when no link server answered.
    return new ChatError(
      'NOT_CONNECTED',
      `NetEase IM's servers could not be reached${said ? ` (${said})` : ''}`,
      { cause: error },
    );
  }
  const mapped = vendorErrorCode(code, operation, CODES);
  const message = said ?? `NetEase IM ${operation} failed (${raw})`;
  return new ChatError(mapped, message, {
    cause: error,
    details: Number.isFinite(code) ? { nimCode: code } : undefined,
  });
}

/** Runs an SDK call and rejects with a `ChatError` when it fails. */
export async function nimCall<T>(
  operation: VendorOperation,
  run: () => Promise<T> | T,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toNimChatError(error, operation);
  }
}
