import type { Message } from '@parley/core';
import { readStatus } from '@parley/core/rules';
import { type ServerData, sessionIdFor } from './ServerData.ts';
import type { SessionRecord, StoredMessage } from './types.ts';

const NO_MARKS = { ack: 0, msgReceiptTime: 0 };

/**
 * A stored message as `account` sees it: its own session id, a status from the receipt
 * state (mine: `read` once the peer's receipt covers it; theirs: `read` once I acked it),
 * and the recalled original only for the sender.
 */
export function viewMessage(data: ServerData, account: string, stored: StoredMessage): Message {
  const { needReceipt: _needReceipt, readers: _readers, ...message } = stored;
  const sessionId = sessionIdFor(account, stored);
  const record = data.sessions.get(account)?.get(sessionId);
  const mine = stored.from === account;
  // Stored as the sender sent it (`sent`); each reader's marks decide the rest.
  const sent = {
    from: stored.from,
    scene: stored.scene,
    time: stored.time,
    status: 'sent' as const,
  };
  const status = readStatus(sent, account, record ?? NO_MARKS);
  const recall =
    message.recall && !mine ? { by: message.recall.by, time: message.recall.time } : message.recall;
  return { ...message, sessionId, status, ...(recall ? { recall } : {}) };
}

/** Whether a message is still in `record`'s owner's history (no one-sided delete hides it). */
export function isVisible(record: SessionRecord | undefined, message: StoredMessage): boolean {
  if (!record) return true;
  if (message.time <= record.clearedBefore) return false;
  return record.deletedIds.length === 0 || !record.deletedIds.includes(message.idClient);
}
