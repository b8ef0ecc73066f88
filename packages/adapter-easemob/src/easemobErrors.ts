import type { ChatErrorCode } from '@parley/core';
import { ChatError, isChatError } from '@parley/core';
import type { VendorCodes, VendorOperation } from '@parley/core/rules';
import { vendorErrorCode } from '@parley/core/rules';

/** The SDK's status codes (`EasemobChat.Code`) by meaning. */
const BY_CODE: Readonly<Record<number, ChatErrorCode>> = {
  [-1]: 'TIMEOUT', // REQUEST_TIMEOUT
  [-3]: 'INVALID_ARGUMENT', // REQUEST_PARAMETER_ERROR
  1: 'NOT_CONNECTED', // WEBIM_CONNCTION_OPEN_ERROR
  2: 'AUTH_FAILED', // WEBIM_CONNCTION_AUTH_ERROR
  16: 'NOT_CONNECTED', // WEBIM_CONNCTION_DISCONNECTED
  17: 'NOT_CONNECTED', // WEBIM_CONNCTION_AJAX_ERROR
  28: 'AUTH_FAILED', // WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR
  32: 'NOT_CONNECTED', // WEBIM_CONNCTION_CLIENT_OFFLINE
  39: 'NOT_CONNECTED', // WEBIM_CONNECTION_CLOSED
  40: 'NOT_CONNECTED', // WEBIM_CONNECTION_ERROR
  51: 'NOT_FOUND', // MESSAGE_NOT_FOUND
  52: 'PERMISSION_DENIED', // NO_PERMISSION
  53: 'UNSUPPORTED', // OPERATION_UNSUPPORTED
  54: 'PERMISSION_DENIED', // OPERATION_NOT_ALLOWED
  101: 'UPLOAD_FAILED', // WEBIM_UPLOADFILE_ERROR
  204: 'NOT_FOUND', // USER_NOT_FOUND
  304: 'NOT_CONNECTED', // SERVER_GET_DNSLIST_FAILED: no Easemob server answered
  505: 'UNSUPPORTED', // SERVICE_NOT_ENABLED: a value-added service off for the app key
  510: 'NOT_CONNECTED', // MESSAGE_WEBSOCKET_DISCONNECTED
  602: 'PERMISSION_DENIED', // GROUP_NOT_JOINED
  603: 'PERMISSION_DENIED', // PERMISSION_DENIED
  605: 'NOT_FOUND', // GROUP_NOT_EXIST
  1103: 'PERMISSION_DENIED', // REACTION_OPERATION_IS_ILLEGAL
  1400: 'NOT_FOUND', // CONVERSATION_NOT_EXIST
};

/** Codes whose meaning depends on the operation. */
const BY_OPERATION: VendorCodes['byOperation'] = {
  recall: { 504: 'RECALL_EXPIRED', 52: 'RECALL_NOT_ALLOWED', 54: 'RECALL_NOT_ALLOWED' },
  pin: { 50: 'PIN_LIMIT' }, // MAX_LIMIT
  react: { 50: 'REACTION_LIMIT' }, // MAX_LIMIT: 20 reactions a message by default
  edit: { 52: 'EDIT_NOT_ALLOWED', 54: 'EDIT_NOT_ALLOWED' }, // not the sender; edited too often
  upload: { [-4]: 'UPLOAD_CANCELLED' }, // REQUEST_ABORT
};

const CODES: VendorCodes = { byCode: BY_CODE, byOperation: BY_OPERATION };

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
}

/**
 * Turns whatever the SDK rejected with (an `ErrorEvent` with a numeric `type`, anything else)
 * into a `ChatError`; the SDK code stays in `details.easemobCode`.
 */
export function toEasemobChatError(error: unknown, operation: VendorOperation): ChatError {
  if (isChatError(error)) return error;
  const raw = field(error, 'type');
  const code = typeof raw === 'number' ? raw : Number.NaN;
  const said = field(error, 'message');
  const mapped = vendorErrorCode(code, operation, CODES);
  const text =
    typeof said === 'string' && said !== '' ? said : `${operation} failed (${String(raw)})`;
  // A sign-in that reached no server is the network's doing, not the user's: say so.
  const message =
    operation === 'connect' && mapped === 'NOT_CONNECTED'
      ? `Easemob's servers could not be reached (${text})`
      : text;
  return new ChatError(mapped, message, {
    cause: error,
    details: Number.isFinite(code) ? { easemobCode: code } : undefined,
  });
}

/** Runs an SDK call and rejects with a `ChatError` when it fails. */
export async function emCall<T>(operation: VendorOperation, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toEasemobChatError(error, operation);
  }
}
