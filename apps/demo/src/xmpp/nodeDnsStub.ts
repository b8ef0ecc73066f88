/**
 * Stands in for `node:dns` in the browser build. `@xmpp/resolve` (inside `@xmpp/client` 0.14)
 * imports it for SRV lookups of bare domains (xmppjs/xmpp.js#1093, fixed upstream after
 * 0.14.0); the adapter always passes a WebSocket URL, so no lookup ever runs.
 */
export default {};
