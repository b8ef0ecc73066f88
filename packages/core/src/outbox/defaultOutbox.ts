import { idbOutbox } from './idbOutbox.ts';
import { memoryOutbox } from './memoryOutbox.ts';
import type { OutboxStorage } from './OutboxStorage.ts';

/** `createChat`'s outbox when none is given: IndexedDB where it exists, else memory. */
export function defaultOutbox(): OutboxStorage {
  return typeof indexedDB === 'undefined' ? memoryOutbox() : idbOutbox();
}
