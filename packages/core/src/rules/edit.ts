import type { Message } from '../model/Message.ts';

/**
 * An edit of a message's text at server `time`: applies when it is later than the edit that
 * produced the current body (equal times: the greater body, so every device picks the same),
 * and never to a recalled message (a recall beats an edit). Read status, time and place stay.
 * Returns `message` itself when the edit does not apply.
 */
export function applyEdit(message: Message, body: string, time: number): Message {
  if (message.recall) return message;
  const current = message.editedAt ?? Number.NEGATIVE_INFINITY;
  if (time < current || (time === current && body <= message.body)) return message;
  return { ...message, body, editedAt: time };
}

/** Whether `b`'s text comes from a later edit than `a`'s (what `mergeMessage` keeps). */
export function isLaterEdit(a: Message, b: Message): boolean {
  const at = a.editedAt ?? Number.NEGATIVE_INFINITY;
  const bt = b.editedAt ?? Number.NEGATIVE_INFINITY;
  return bt > at || (bt === at && bt !== Number.NEGATIVE_INFINITY && b.body > a.body);
}
