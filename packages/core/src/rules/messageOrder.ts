import type { Message, MessageStatus } from '../model/Message.ts';

/** Orders messages by server time, then by `idClient` so equal times still have one order. */
export function compareMessages(
  a: Pick<Message, 'time' | 'idClient'>,
  b: Pick<Message, 'time' | 'idClient'>,
): number {
  if (a.time !== b.time) return a.time - b.time;
  if (a.idClient === b.idClient) return 0;
  return a.idClient < b.idClient ? -1 : 1;
}

/**
 * How far a message is in its life. A merge never moves a message back, so a late
 * `sending` echo cannot undo `sent`, and `read` is never lost.
 */
const STATUS_RANK: Readonly<Record<MessageStatus, number>> = {
  sending: 0,
  sendFailed: 1,
  sent: 2,
  unread: 2,
  refused: 2,
  receipt: 3,
  read: 3,
  delete: 4,
};

/** Rank of a status; higher is further along. */
export function statusRank(status: MessageStatus): number {
  return STATUS_RANK[status];
}
