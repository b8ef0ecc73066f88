/** Where the harness reaches a test server: one node's WebSocket and the server's domains. */
export interface XmppEndpoint {
  /** The accounts' domain (a virtual host). */
  domain: string;
  /** The MUC service of that domain. */
  mucDomain: string;
  /** WebSocket endpoint, `ws://127.0.0.1:<port>/xmpp-websocket`. */
  websocketUrl: string;
}
