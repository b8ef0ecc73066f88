/**
 * Default edit window, ms: a day. XEP-0308 is "last message correction"; Parley lets a sender
 * correct any of their text messages, and a day bounds how old a message other XMPP clients may
 * see corrected (see the README).
 */
export const DEFAULT_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Options of {@link createXmppAdapter}. */
export interface XmppAdapterOptions {
  // ── Required ─────────────────────────────────────────────────────────────
  /** Server endpoint: `wss://host/xmpp-websocket` in browsers, or `xmpp://host:5222` in Node. */
  service: string;
  /** XMPP domain of the accounts, e.g. `example.com`. */
  domain: string;
  /** Account (local part of the JID). Compared as given: use lowercase ids. */
  username: string;
  password: string;

  // ── Optional ─────────────────────────────────────────────────────────────
  /** MUC service holding team rooms. Default `conference.${domain}`. */
  mucDomain?: string;
  /** Resource of this device. Default a random `parley-…`. */
  resource?: string;
  /**
   * SASL mechanism to prefer, e.g. `PLAIN` over TLS or loopback (SCRAM costs ~0.5 s per login
   * in @xmpp/client). Default: SCRAM when offered.
   */
  mechanism?: string;
  /** Recall window, ms; retractions outside it are ignored by every client. Default 120000. */
  recallWindowMs?: number;
  /**
   * Edit window, ms: how long after sending a text message its sender may correct it. Every
   * Parley client ignores corrections that come later. Default 86400000 (a day).
   */
  editWindowMs?: number;
  /**
   * How long `connect()` waits for the server to let the account in, ms; past it, it rejects
   * with `TIMEOUT`. A reconnect attempt that takes longer is abandoned for a new one. A send,
   * recall or receipt into a team room waits as long to be in the room, then rejects with
   * `TIMEOUT` (the join goes on; a resend uses it). Default 10000.
   */
  connectTimeoutMs?: number;
  /** Most pinned sessions. Default 50. */
  maxPins?: number;
  /**
   * Newest entries of my archive (and of each team room's) read at login to build the session
   * list; older history is paged from the server on demand. Default 100.
   */
  loginWindow?: number;
  /**
   * Entries scanned per conversation beyond the login window (sessions known from the PEP
   * state or whose read position is older than the window), for `lastMsg` and unread. Unread
   * counts that need more are lower bounds (see the README). Default 100.
   */
  unreadScan?: number;
  /**
   * How long, ms, a team room may stay silent before the device checks that it is still in it
   * (XEP-0410 self-ping) and rejoins it if not: a room restarted on another cluster node
   * forgets its occupants without telling them. A room that told me it shut down, or whose
   * join failed, is joined again within a quarter of this, and after growing waits (up to
   * twice this) while its joins keep failing. Default 30000 (at least 1000).
   */
  roomCheckMs?: number;
}
