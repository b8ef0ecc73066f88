import type {
  AdapterEvent,
  AdapterListener,
  ChatAdapter,
  ConnectionStatus,
  Message,
  SendOptions,
  SendRequest,
} from '@parley/core';
import { ChatError, toChatError } from '@parley/core';
import { checkSendRequest } from '@parley/core/rules';
import type { DeviceLink, FeedEntry } from '../server/Feed.ts';
import type { LocalServer } from '../server/LocalServer.ts';
import type { ServerConnection } from '../server/ServerConnection.ts';
import { EventSequencer } from './EventSequencer.ts';
import { type FaultOptions, FaultyWire } from './faults.ts';
import { bindQueries } from './queries.ts';
import { type FileOptions, upload } from './upload.ts';

/** Options of {@link createLocalAdapter}. */
export interface LocalAdapterOptions {
  server: LocalServer;
  /** The account this device signs in as. Compared as given (the seeds advise lowercase). */
  account: string;
  /** Delay of every command and every pushed event, ms. Default 0 (still asynchronous). */
  latencyMs?: number;
  /** Faults to inject on this device's link. Default none. */
  faults?: FaultOptions;
  /** File limits and simulated upload time. */
  files?: FileOptions;
}

/** A `ChatAdapter` for one device, plus controls for simulating the network. */
export interface LocalAdapter extends ChatAdapter {
  readonly account: string;
  readonly deviceId: string;
  /** Drops the network: commands reject with `NOT_CONNECTED` and events stop. */
  goOffline(): void;
  /** Restores the network and catches up on every event missed meanwhile. */
  goOnline(): Promise<void>;
  /** Fetches events the device has not seen (dropped ones included). */
  sync(): Promise<void>;
}

/** Creates one device of `account` on a {@link LocalServer}. */
export function createLocalAdapter(options: LocalAdapterOptions): LocalAdapter {
  const { server, account } = options;
  const latency = Math.max(0, options.latencyMs ?? 0);
  const faults = options.faults ?? {};
  const deviceId = server.newDeviceId(account);
  const listeners = new Set<AdapterListener>();
  let connection: ServerConnection | undefined;
  let online = true;
  /** Signed in before: the next sign-in resumes the feed where this device left it. */
  let resumes = false;
  let syncTimer: ReturnType<typeof setInterval> | undefined;
  const lossy = (faults.drop ?? 0) > 0 || (faults.reorder ?? 0) > 0;

  const emit = (event: AdapterEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const setStatus = (status: ConnectionStatus) => emit({ type: 'connection', status });
  const applyEntry = (entry: FeedEntry) => {
    if (entry.origin !== deviceId) emit(entry.event);
  };
  const sequencer = new EventSequencer(applyEntry, (seq) => connection?.since(seq) ?? []);
  const wire = new FaultyWire(faults, (entry) =>
    faults.repair === false ? applyEntry(entry) : sequencer.receive(entry),
  );
  const link: DeviceLink = {
    account,
    deviceId,
    push(entry) {
      const deliver = () => {
        if (connection && online) wire.push(entry);
      };
      if (latency > 0) setTimeout(deliver, latency);
      else queueMicrotask(deliver);
    },
  };

  const delay = () => new Promise<void>((resolve) => setTimeout(resolve, latency));
  /** Waits for the network, then runs `call` on the live connection. */
  const call = async <T>(run: (conn: ServerConnection) => T | Promise<T>): Promise<T> => {
    if (latency > 0) await delay();
    if (!connection || !online) {
      throw new ChatError('NOT_CONNECTED', 'Not connected to the server');
    }
    try {
      return await run(connection);
    } catch (error) {
      throw toChatError(error);
    }
  };

  async function send(request: SendRequest, sendOptions?: SendOptions): Promise<Message> {
    if (!connection || !online) throw new ChatError('NOT_CONNECTED', 'Not connected to the server');
    // Checked before the upload too, so a malformed request uploads nothing.
    checkSendRequest(request, server.state);
    const ready = await upload(request, sendOptions, options.files ?? {});
    return call(async (conn) => {
      if (!wire.failSend(request)) return conn.send(ready);
      if (faults.failSendAt === 'response') await conn.send(ready);
      throw new ChatError('SEND_FAILED', 'The send failed (injected fault)', {
        details: { idClient: request.idClient },
      });
    });
  }

  const adapter: LocalAdapter = {
    account,
    deviceId,
    recallWindowMs: server.recallWindowMs,
    editWindowMs: server.editWindowMs,
    maxPins: server.maxPins,
    replies: true,

    async connect() {
      setStatus('connecting');
      if (latency > 0) await delay();
      try {
        await server.authenticate(account);
      } catch (error) {
        setStatus('disconnected');
        throw toChatError(error, 'AUTH_FAILED');
      }
      connection?.close();
      connection = server.connectDevice(link);
      online = true;
      // A device signing in again gets what it missed meanwhile, as after a network drop:
      // reactions and edits of messages it holds are found nowhere else.
      if (!resumes) sequencer.reset(connection.head());
      resumes = true;
      if (lossy && faults.repair !== false && !syncTimer) {
        syncTimer = setInterval(() => {
          if (!connection || !online) return;
          wire.release();
          sequencer.catchUp();
        }, faults.syncIntervalMs ?? 200);
      }
      setStatus('connected');
      sequencer.catchUp();
      return { account, serverTime: connection.loginTime };
    },
    async disconnect() {
      clearInterval(syncTimer);
      syncTimer = undefined;
      connection?.close();
      connection = undefined;
      setStatus('disconnected');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    goOffline() {
      if (!connection || !online) return;
      online = false;
      connection.close();
      setStatus('reconnecting');
    },
    async goOnline() {
      if (!connection || online) return;
      if (latency > 0) await delay();
      online = true;
      connection.reattach();
      wire.release();
      sequencer.catchUp();
      setStatus('connected');
    },
    async sync() {
      await call(() => {
        wire.release();
        if (faults.repair !== false) sequencer.catchUp();
      });
    },
    send,
    ...bindQueries(call),
  };
  return adapter;
}
