import { ChatError } from '@parley/react';

/** What the connect form asks for. */
export interface XmppLogin {
  /** A WebSocket URL (`wss://host/xmpp-websocket`) or a host (`chat.example.com`, `localhost:5280`). */
  server: string;
  /** A JID (`alice@example.com`) or a bare account, whose domain is then the server's host. */
  account: string;
  password: string;
}

/** Where and as whom to sign in: the `createXmppAdapter` options besides the password. */
export interface XmppTarget {
  service: string;
  domain: string;
  username: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
const LOCAL_PART = /^[^\s@/"&'<>:]+$/;

function invalid(message: string): ChatError {
  return new ChatError('INVALID_ARGUMENT', message);
}

/**
 * The WebSocket endpoint for what the user typed. A bare host gets Prosody's and ejabberd's
 * usual path; it gets `wss:` unless it is loopback, where a local server runs without TLS.
 */
function serviceOf(server: string): URL {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(server);
  const host = server.split('/')[0] ?? '';
  const text = hasScheme
    ? server
    : `${LOOPBACK.test(host) ? 'ws' : 'wss'}://${server.includes('/') ? server : `${server}/xmpp-websocket`}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(`“${server}” is not a WebSocket URL or host name`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw invalid('Browsers reach XMPP servers over WebSocket: use a ws:// or wss:// URL');
  }
  return url;
}

/**
 * Reads the connect form: trims, lowercases the account (XMPP local parts are
 * case-insensitive and the adapter compares ids as given), and takes the domain from the
 * JID or else from the server's host.
 * @throws ChatError `INVALID_ARGUMENT` naming the field to fix
 */
export function xmppTarget(login: XmppLogin): XmppTarget {
  const server = login.server.trim();
  const account = login.account.trim().toLowerCase();
  if (!server) throw invalid('Enter the server: a WebSocket URL or a host name');
  if (!account) throw invalid('Enter the account, e.g. alice@example.com');
  if (!login.password) throw invalid('Enter the password');
  const url = serviceOf(server);
  const at = account.lastIndexOf('@');
  const username = at < 0 ? account : account.slice(0, at);
  const domain = at < 0 ? url.hostname : account.slice(at + 1);
  if (!LOCAL_PART.test(username) || !/^[^\s@/]+$/.test(domain)) {
    throw invalid(`“${login.account.trim()}” is not an account or JID (name@domain)`);
  }
  return { service: url.href, domain, username };
}
