import type {
  AdapterEvent,
  AdapterListener,
  ChatAdapter,
  ConnectInfo,
  Message,
} from '@parley/core';
import { ChatError } from '@parley/core';
import { DEFAULT_RECALL_WINDOW_MS, MAX_PINS, RecallMemory, withDeadline } from '@parley/core/rules';
import { sessionIdOf } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import type { EasemobAdapterOptions } from './EasemobAdapterOptions.ts';
import { assertConnection } from './EasemobConnection.ts';
import { emCall } from './easemobErrors.ts';
import { easemobHandlers } from './easemobEvents.ts';
import { interactionMethods } from './interactionMethods.ts';
import { messageMethods } from './messageMethods.ts';
import { pinMethods } from './pinMethods.ts';
import { groupMembers, profileMethods } from './profileMethods.ts';
import { ServerClock } from './ServerClock.ts';
import { sessionMethods } from './sessionMethods.ts';

/** How long `connect` waits by default for the sign-in, ms. */
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;

let handlerIds = 0;

/**
 * A `ChatAdapter` on the Easemob Web SDK (easemob-websdk): one connection, made and signed in
 * by the app, is one device. The package README maps seed 002 and the SDK's calls onto the
 * contract and says what the SDK cannot do.
 * @throws ChatError `INVALID_ARGUMENT` when `conn` is not an SDK connection or `open` is missing
 */
export function createEasemobAdapter(options: EasemobAdapterOptions): ChatAdapter {
  const { conn } = options;
  assertConnection(conn);
  if (typeof options.open !== 'function') {
    throw new ChatError('INVALID_ARGUMENT', 'createEasemobAdapter needs open: () => conn.open(…)');
  }
  const listeners = new Set<AdapterListener>();
  const handlerId = `parley-${++handlerIds}`;
  const me = () => options.user ?? conn.context?.userId ?? '';
  let connected = false;
  let stopping = false;
  let listening = false;

  const deps: EasemobAdapterDeps = {
    conn,
    options,
    seen: new Map(),
    recalls: new RecallMemory(),
    clock: new ServerClock(),
    reads: { ack: new Map(), receipt: new Map() },
    hidden: new Map(),
    me,
    live() {
      if (!connected) throw new ChatError('NOT_CONNECTED', 'The Easemob adapter is not connected');
    },
    emit(event: AdapterEvent) {
      for (const listener of [...listeners]) listener(event);
    },
    remember(message: Message) {
      deps.seen.set(message.idClient, message);
      if (message.idServer) deps.seen.set(message.idServer, message);
    },
    forget(idClient) {
      const message = deps.seen.get(idClient);
      deps.seen.delete(idClient);
      if (message?.idServer) deps.seen.delete(message.idServer);
    },
    async pinnedIds() {
      const ids = new Set<string>();
      let cursor = '';
      do {
        const page = await emCall('other', () =>
          conn.getServerPinnedConversations({ pageSize: 50, cursor }),
        );
        const list = page?.data?.conversations ?? [];
        for (const item of list) {
          const id = sessionIdOf(item.conversationType, item.conversationId);
          if (id && item.isPinned) ids.add(id);
        }
        cursor = list.length < 50 ? '' : (page?.data?.cursor ?? '');
      } while (cursor);
      return ids;
    },
    groupMembers: (groupId) => groupMembers(deps, groupId),
  };
  const { emit } = deps;

  const stop = () => {
    stopping = true;
    connected = false;
    try {
      conn.close();
    } catch {
      // Closing a connection that never opened is not an error for Parley.
    }
    if (listening) conn.removeEventHandler(handlerId);
    listening = false;
    emit({ type: 'connection', status: 'disconnected' });
  };

  return {
    recallWindowMs: options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS,
    maxPins: options.maxPins ?? MAX_PINS,

    async connect(): Promise<ConnectInfo> {
      if (connected) return { account: me() };
      stopping = false;
      if (!listening) {
        conn.addEventHandler(handlerId, easemobHandlers(deps, { stopping: () => stopping }));
        listening = true;
      }
      emit({ type: 'connection', status: 'connecting' });
      try {
        if (!conn.isOpened()) {
          const ms = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
          await withDeadline(
            emCall('connect', options.open),
            ms,
            () =>
              new ChatError(
                'TIMEOUT',
                `Easemob did not sign in within ${ms / 1000} s: its servers may be unreachable from this network`,
              ),
          );
        }
        if (!me()) throw new ChatError('AUTH_FAILED', 'The connection has no user');
      } catch (error) {
        stop();
        throw error;
      }
      connected = true;
      emit({ type: 'connection', status: 'connected' });
      return { account: me() };
    },

    async disconnect() {
      if (listening || connected) stop();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    ...sessionMethods(deps),
    ...pinMethods(deps),
    ...messageMethods(deps),
    ...interactionMethods(deps),
    ...profileMethods(deps),
  };
}
