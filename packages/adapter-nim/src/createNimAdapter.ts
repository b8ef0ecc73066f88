import type { AdapterEvent, AdapterListener, ChatAdapter, ConnectInfo } from '@parley/core';
import { ChatError } from '@parley/core';
import { DEFAULT_RECALL_WINDOW_MS, MAX_PINS, RecallMemory } from '@parley/core/rules';
import { messageMethods } from './messageMethods.ts';
import type { NimAdapterDeps } from './NimAdapterDeps.ts';
import type { NimAdapterOptions } from './NimAdapterOptions.ts';
import { assertLiveNim } from './NimInstance.ts';
import { NimMessageCache } from './NimMessageCache.ts';
import { NimReplies } from './NimReplies.ts';
import { nimCall } from './nimErrors.ts';
import { listenToNim } from './nimEvents.ts';
import { pinMethods } from './pinMethods.ts';
import { profileMethods } from './profileMethods.ts';
import { SessionView } from './SessionView.ts';
import { sessionMethods } from './sessionMethods.ts';
import { signIn } from './signIn.ts';

/** How long `connect` waits by default for the sign-in and its sync, ms. */
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;

/**
 * A `ChatAdapter` on the NetEase IM Web SDK (nim-web-sdk-ng): one SDK instance, made by the app
 * with its own app key and token, is one device. The package README maps every seed call and
 * SDK event onto the contract and says what the SDK cannot do.
 * @throws ChatError `INVALID_ARGUMENT` when `nim` is not an SDK instance
 */
export function createNimAdapter(options: NimAdapterOptions): ChatAdapter {
  const { nim } = options;
  assertLiveNim(nim);
  const listeners = new Set<AdapterListener>();
  const recalls = new RecallMemory();
  const me = () => options.account ?? nim.options?.account ?? '';
  let connected = false;
  let stopping = false;
  let unlisten: (() => void) | undefined;

  const cache = new NimMessageCache();
  const deps: NimAdapterDeps = {
    nim,
    options,
    cache,
    recalls,
    view: new SessionView(recalls, me),
    replies: new NimReplies(cache, nim.msgExtend, me),
    me,
    live() {
      if (!connected) {
        throw new ChatError('NOT_CONNECTED', 'The NetEase IM adapter is not connected');
      }
    },
    emit(event: AdapterEvent) {
      for (const listener of [...listeners]) listener(event);
    },
    remember: (im) => deps.cache.put(im),
  };
  const { emit } = deps;

  /** Signs the SDK out and stops listening; also after a failed connect, so nothing retries. */
  const stop = async () => {
    stopping = true;
    connected = false;
    await nimCall('other', () => nim.disconnect()).catch(() => undefined);
    unlisten?.();
    unlisten = undefined;
    emit({ type: 'connection', status: 'disconnected' });
  };

  return {
    recallWindowMs: options.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS,
    maxPins: options.maxPins ?? MAX_PINS,

    async connect(): Promise<ConnectInfo> {
      if (connected) return { account: me() };
      stopping = false;
      unlisten ??= listenToNim(nim, {
        me,
        emit,
        recalls,
        remember: deps.remember,
        replies: deps.replies,
        noteCloudSession: (cloud) => deps.view.noteCloudSession(cloud),
        stopping: () => stopping,
      });
      emit({ type: 'connection', status: 'connecting' });
      try {
        await signIn(nim, options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
        if (!me()) throw new ChatError('AUTH_FAILED', 'The SDK instance has no account');
      } catch (error) {
        await stop();
        throw error;
      }
      connected = true;
      emit({ type: 'connection', status: 'connected' });
      return { account: me() };
    },

    async disconnect() {
      if (unlisten) await stop();
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
    ...profileMethods(deps),
  };
}
