import type { Message } from '../model/Message.ts';
import { mergeMessage } from './mergeMessage.ts';
import { compareMessages } from './messageOrder.ts';

/**
 * Rule 1: the newest message of a session, choosing between the current `lastMsg` and a
 * sent or received message. Two versions of one message merge (a recall notice wins).
 */
export function newestMessage(current: Message | null, message: Message): Message {
  if (!current) return message;
  if (current.idClient === message.idClient) return mergeMessage(current, message);
  return compareMessages(message, current) > 0 ? message : current;
}
