import type { ChatOptions } from '../ChatOptions.ts';
import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { defaultOutbox } from '../outbox/defaultOutbox.ts';
import type { OutboxStorage } from '../outbox/OutboxStorage.ts';
import { MAX_PAGE_SIZE } from '../rules/paging.ts';
import {
  checkBoolean,
  checkObject,
  checkOptional,
  DEFAULT_MAX_TEXT_LENGTH,
  invalidArgument,
} from '../rules/validate.ts';

/** What `ChatAdapter` requires, checked when a chat is created. */
const REQUIRED: readonly (keyof ChatAdapter)[] = [
  'connect',
  'disconnect',
  'subscribe',
  'getSessions',
  'getHistory',
  'send',
  'recall',
  'markSessionRead',
  'sendReceipt',
  'pin',
  'unpin',
  'updatePinExt',
  'deleteSessions',
  'deleteHistory',
];

function integer(min: number, max: number) {
  return (value: unknown, argument: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
      throw invalidArgument(argument, `an integer ${range}`, value);
    }
    return value;
  };
}

function checkFunction<F extends (...args: never[]) => unknown>(value: unknown, argument: string) {
  if (typeof value !== 'function') throw invalidArgument(argument, 'a function', value);
  return value as F;
}

function checkOutbox(value: unknown, argument: string): OutboxStorage {
  const outbox = checkObject(value, argument);
  for (const method of ['load', 'put', 'remove'] as const) {
    if (typeof outbox[method] !== 'function') {
      throw invalidArgument(
        `${argument}.${method}`,
        'a function (see OutboxStorage)',
        outbox[method],
      );
    }
  }
  return value as OutboxStorage;
}

function defaultId(): string {
  return globalThis.crypto.randomUUID();
}

const pageSize = integer(1, MAX_PAGE_SIZE);
const positive = integer(1, Number.MAX_SAFE_INTEGER);

/**
 * Checks `createChat`'s options and fills in the defaults. A value out of range is an
 * `INVALID_ARGUMENT` naming the option, never silently clamped: a page size of 10000 is a
 * mistake to fix, not a wish to honour partly.
 */
export function checkOptions(value: unknown): ChatOptions {
  const options = checkObject(value, 'options');
  const adapter = checkObject(options.adapter, 'options.adapter');
  for (const method of REQUIRED) {
    if (typeof adapter[method] !== 'function') {
      throw invalidArgument(
        `options.adapter.${method}`,
        'a function (see ChatAdapter)',
        adapter[method],
      );
    }
  }
  checkOptional(adapter.recallWindowMs, 'options.adapter.recallWindowMs', positive);
  checkOptional(adapter.maxPins, 'options.adapter.maxPins', positive);
  return {
    adapter: options.adapter as ChatAdapter,
    sessionPageSize:
      checkOptional(options.sessionPageSize, 'options.sessionPageSize', pageSize) ?? 100,
    historyPageSize:
      checkOptional(options.historyPageSize, 'options.historyPageSize', pageSize) ?? 30,
    maxTextLength:
      checkOptional(options.maxTextLength, 'options.maxTextLength', positive) ??
      DEFAULT_MAX_TEXT_LENGTH,
    now: checkOptional(options.now, 'options.now', checkFunction<() => number>) ?? Date.now,
    createId:
      checkOptional(options.createId, 'options.createId', checkFunction<() => string>) ?? defaultId,
    teamReceipts: checkOptional(options.teamReceipts, 'options.teamReceipts', checkBoolean) ?? true,
    persistence:
      checkOptional(options.persistence, 'options.persistence', checkOutbox) ?? defaultOutbox(),
  };
}
