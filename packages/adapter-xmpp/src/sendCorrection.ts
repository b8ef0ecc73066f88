import type { Message } from '@parley/core';
import { ChatError } from '@parley/core';
import { correctionStanza } from './corrections.ts';
import type { Target } from './outgoing.ts';
import { replyParts } from './replies.ts';
import { sendAccepted } from './sendMessage.ts';
import type { XmppDevice } from './XmppDevice.ts';

/**
 * Corrects my text message `message` to `body` (XEP-0308, generalized to any of my messages
 * within the edit window), to the peer (carbons copy it to my other devices) or the room.
 * Resolves with the time that orders it: the latest edit wins, a recall beats every edit.
 */
export async function sendCorrection(
  d: XmppDevice,
  message: Message,
  body: string,
  to: Target,
): Promise<{ time: number }> {
  const known = d.index.find(message.sessionId, message.idClient) ?? message;
  if (known.from !== d.me || known.type !== 'text' || known.recall) {
    throw new ChatError('EDIT_NOT_ALLOWED', 'Only my own text messages can be edited');
  }
  if (!known.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
  if (!body.trim()) throw new ChatError('INVALID_ARGUMENT', 'An edit needs some text');
  const time = d.now();
  if (time - known.time > d.editWindowMs) {
    throw new ChatError('EDIT_EXPIRED', 'The edit window has passed', {
      details: { windowMs: d.editWindowMs },
    });
  }
  const id = `edit-${message.idClient}-${d.resource}-${time}`;
  const reply = known.replyTo ? replyParts(known.replyTo, to) : undefined;
  const stanza = correctionStanza(known.idClient, body, to, time, id, reply);
  d.sentHere.add(id);
  await sendAccepted(d, to, message.to, stanza, id);
  d.index.applyFold(message.sessionId, message.idClient, { type: 'edit', by: d.me, body, time });
  return { time };
}
