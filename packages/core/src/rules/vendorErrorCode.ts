import type { ChatErrorCode } from '../model/ChatError.ts';

/** What an adapter over a vendor SDK was doing when the SDK failed. */
export type VendorOperation =
  | 'connect'
  | 'send'
  | 'upload'
  | 'recall'
  | 'pin'
  | 'react'
  | 'edit'
  | 'other';

/** A vendor SDK's status codes by meaning: in general, and where an operation reads them apart. */
export interface VendorCodes {
  byCode: Readonly<Record<number, ChatErrorCode>>;
  byOperation?: Partial<Record<VendorOperation, Readonly<Record<number, ChatErrorCode>>>>;
}

/** What a failure means when the SDK's code is unknown (or there is none). */
const FALLBACK: Readonly<Record<VendorOperation, ChatErrorCode>> = {
  connect: 'AUTH_FAILED',
  send: 'SEND_FAILED',
  upload: 'UPLOAD_FAILED',
  recall: 'INTERNAL',
  pin: 'INTERNAL',
  react: 'INTERNAL',
  edit: 'INTERNAL',
  other: 'INTERNAL',
};

/**
 * The Parley code of a vendor SDK's status code (NaN when it gave none) for an operation: the
 * operation's own reading first, then the general one, then the operation's fallback.
 */
export function vendorErrorCode(
  code: number,
  operation: VendorOperation,
  codes: VendorCodes,
): ChatErrorCode {
  if (!Number.isFinite(code)) return FALLBACK[operation];
  return codes.byOperation?.[operation]?.[code] ?? codes.byCode[code] ?? FALLBACK[operation];
}
