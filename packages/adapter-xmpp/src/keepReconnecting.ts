import type { Client } from '@xmpp/client';

/** How a signed-in device paces its reconnect attempts. */
export interface ReconnectTiming {
  /** Shortest wait before an attempt, ms; the longest one doubles from twice this. */
  firstDelayMs: number;
  /** Longest wait before an attempt, ms. */
  maxDelayMs: number;
  /** An attempt not signed in after this long, ms, is abandoned and the next one scheduled. */
  attemptTimeoutMs: number;
  /** Uniform in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/**
 * The wait before the attempt that follows `failures` failed ones (0 after a drop), ms: drawn
 * uniformly between `firstDelayMs` and a cap that starts at twice it and doubles after each
 * failure up to `maxDelayMs` ("full jitter", with a floor). The clients of a stopped node all
 * drop at once; drawn waits spread their attempts instead of sending them back in waves.
 */
export function reconnectDelay(
  failures: number,
  timing: Pick<ReconnectTiming, 'firstDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const { firstDelayMs: first, maxDelayMs: max } = timing;
  const cap = Math.max(first, Math.min(max, first * 2 ** (Math.max(0, failures) + 1)));
  return first + (timing.random ?? Math.random)() * (cap - first);
}

/** The socket of an @xmpp/client connection: a `net.Socket`, or @xmpp/websocket's wrapper. */
interface AttemptSocket {
  destroy?: () => void;
  socket?: {
    close?: () => void;
    addEventListener?: (event: 'error', listener: () => void) => void;
  } | null;
  _detachSocket?: () => void;
  emit?: (event: 'close', dirty: boolean, reason: unknown) => void;
}

/**
 * Closes the socket of an attempt that hangs without waiting for the server: a TCP socket is
 * destroyed; a WebSocket is closed and its wrapper reports the close at once (a hung server
 * would never complete the closing handshake). @xmpp/connection then reports `disconnect`,
 * on which @xmpp/reconnect schedules the next attempt. Returns false when there is no socket.
 */
function abandon(client: Client): boolean {
  const socket = client.socket as AttemptSocket | null;
  if (!socket) return false;
  if (typeof socket.destroy === 'function') {
    socket.destroy();
    return true;
  }
  const webSocket = socket.socket;
  socket._detachSocket?.();
  // Closing a WebSocket that is still connecting fails it with an error event: Node's \`ws\`
  // throws one that has no listener, and the wrapper's listeners are gone now.
  webSocket?.addEventListener?.('error', () => undefined);
  try {
    webSocket?.close?.();
  } catch {
    // Already closing.
  }
  socket.emit?.('close', true, new Error('Reconnect attempt abandoned'));
  return true;
}

/**
 * Paces @xmpp/reconnect for a signed-in device (`active()`), and keeps it going. @xmpp/reconnect
 * waits a fixed `delay` after each `disconnect` and only ever tries again on the next one: an
 * attempt that opened its socket but never signed in (a server too busy to answer the stream
 * header, a SASL or bind failure on a stream the server keeps open) would leave the device
 * away for good. So:
 *
 * - before each attempt the wait is drawn by {@link reconnectDelay} (failures since the last
 *   time the device was online);
 * - an attempt not `online` within `attemptTimeoutMs` of its start is abandoned (its socket
 *   closed, so a new one is scheduled), and a drop after which no attempt starts within the
 *   wait plus `attemptTimeoutMs` gets one started.
 *
 * Returns a function that stops the watchdog.
 */
export function keepReconnecting(
  client: Client,
  timing: ReconnectTiming,
  active: () => boolean,
): () => void {
  let failures = 0;
  /** An attempt (or the online stream) ended since the last wait was drawn. */
  let attempted = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const disarm = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const arm = (ms: number) => {
    disarm();
    timer = setTimeout(() => {
      timer = undefined;
      if (!active() || client.status === 'online' || client.status === 'offline') return;
      if (abandon(client)) return;
      // No socket and no attempt under way: start one (its errors reach the client's listeners).
      client.reconnect.reconnect().catch(() => undefined);
      arm(timing.attemptTimeoutMs);
    }, ms);
  };
  client.on('status', (status) => {
    if (status === 'online') {
      failures = 0;
      attempted = true;
      disarm();
      return;
    }
    if (!active()) return;
    if (status === 'connecting') {
      attempted = true;
      arm(timing.attemptTimeoutMs);
    } else if (status === 'disconnect') {
      // A drop reports `disconnect` twice at times (see endStaleCloses): one wait per attempt.
      if (attempted) {
        attempted = false;
        client.reconnect.delay = reconnectDelay(failures, timing);
        failures += 1;
      }
      arm(client.reconnect.delay + timing.attemptTimeoutMs);
    }
  });
  return disarm;
}
