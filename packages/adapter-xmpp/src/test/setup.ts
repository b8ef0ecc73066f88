import { WebSocket as NodeWebSocket } from 'ws';

// Node 20 has no global WebSocket (browsers and Node 22 do); @xmpp/websocket uses the global.
if (typeof globalThis.WebSocket === 'undefined')
  Object.assign(globalThis, { WebSocket: NodeWebSocket });
