import { ChatError, isChatError } from '@parley/core';

/** Node's socket error codes for a name that does not resolve. */
const UNRESOLVED = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']);

function field(error: unknown, name: 'code' | 'condition'): string {
  const value = typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
  return typeof value === 'string' ? value : '';
}

/**
 * Why a connection to the server failed, as a coded `ChatError`: `AUTH_FAILED` (the server
 * refused the account), `HOST_UNKNOWN` (the name does not resolve, or the server does not
 * serve the domain: stream error `host-unknown`), `CONNECTION_REFUSED` (nothing accepts
 * connections there; browsers report every failed WebSocket this way, as they do not say
 * why), `TIMEOUT` (kept from the caller's timer), else `INTERNAL`.
 */
export function connectError(error: unknown): ChatError {
  if (isChatError(error)) return error;
  const code = field(error, 'code');
  const condition = field(error, 'condition');
  const name = error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  const coded = (chatCode: ChatError['code']) =>
    new ChatError(chatCode, `XMPP login failed: ${text}`, { cause: error });
  if (name === 'SASLError' || condition === 'not-authorized') return coded('AUTH_FAILED');
  if (condition === 'host-unknown' || UNRESOLVED.has(code)) return coded('HOST_UNKNOWN');
  if (code === 'ECONNREFUSED' || code === 'ECONNERROR') return coded('CONNECTION_REFUSED');
  return coded('INTERNAL');
}
