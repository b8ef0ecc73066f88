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
  /** Most pinned sessions. Default 50. */
  maxPins?: number;
}
