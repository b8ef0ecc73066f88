import { describe } from 'vitest';
import { deleteTests } from './deletes.ts';
import { directoryTests } from './directory.ts';
import { editTests } from './edits.ts';
import { historyTests } from './history.ts';
import { multiDeviceTests } from './multiDevice.ts';
import { pinTests } from './pins.ts';
import { reactionTests } from './reactions.ts';
import { recallTests } from './recall.ts';
import { receiptTests } from './receipts.ts';
import { replyTests } from './replies.ts';
import { sendTests } from './send.ts';
import { sessionTests } from './sessions.ts';
import type { ConformanceFactory, ConformanceFeatures } from './types.ts';

/**
 * Registers the adapter conformance suite (vitest) for a backend. Call it at the top level
 * of a test file. Every test gets a fresh backend from `factory`, connects several accounts
 * and several devices of one account, and checks the `ChatAdapter` contract through the
 * adapter only: receiving, receipts, recall, unread and multi-device sync, pins, deletes
 * across logins, history paging and error codes; and the optional parts `features` names.
 * Replies, reactions and edits are checked when `features` names them, and otherwise checked
 * to be absent, so a chat over the adapter hides them.
 *
 * @param name shown as the outer `describe`
 * @param factory creates one fresh backend per test
 * @param features optional contract parts to check as well (default: none)
 */
export function runAdapterConformance(
  name: string,
  factory: ConformanceFactory,
  features: ConformanceFeatures = {},
): void {
  describe(`ChatAdapter conformance: ${name}`, () => {
    sessionTests(factory, features);
    historyTests(factory);
    sendTests(factory, features);
    receiptTests(factory, features);
    recallTests(factory);
    pinTests(factory, features);
    deleteTests(factory);
    multiDeviceTests(factory);
    if (features.searchDirectory) directoryTests(factory);
    replyTests(factory, features.replies === true);
    reactionTests(factory, features.reactions === true);
    editTests(factory, features.edits === true);
  });
}
