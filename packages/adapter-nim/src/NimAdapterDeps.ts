import type { AdapterEvent } from '@parley/core';
import type { RecallMemory } from '@parley/core/rules';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { NimAdapterOptions } from './NimAdapterOptions.ts';
import type { LiveNim } from './NimInstance.ts';
import type { NimMessageCache } from './NimMessageCache.ts';
import type { NimReplies } from './NimReplies.ts';
import type { SessionView } from './SessionView.ts';

/**
 * What one adapter's methods share: the app's SDK instance, the options, and what this device
 * learned that the SDK does not keep (its message objects, recall notices, server ext, quotes).
 */
export interface NimAdapterDeps {
  readonly nim: LiveNim;
  readonly options: NimAdapterOptions;
  readonly cache: NimMessageCache;
  readonly recalls: RecallMemory;
  readonly view: SessionView;
  readonly replies: NimReplies;
  /** The signed-in account ('' before the SDK knows it). */
  me(): string;
  /** @throws ChatError `NOT_CONNECTED` unless `connect` succeeded and no `disconnect` followed */
  live(): void;
  /** Hands an event to the adapter's subscribers. */
  emit(event: AdapterEvent): void;
  /** Keeps the SDK's copy of a message for later recall, receipt and delete calls. */
  remember(im: IMMessage): void;
}
