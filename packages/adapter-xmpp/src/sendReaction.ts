import type { Message } from '@parley/core';
import { ChatError } from '@parley/core';
import type { Target } from './outgoing.ts';
import { reactionsStanza } from './reactions.ts';
import { referenceId } from './replies.ts';
import { sendInRoom } from './sendMessage.ts';
import type { XmppDevice } from './XmppDevice.ts';

/**
 * Sends my whole set of reactions on `message` after turning `change.key` on or off (XEP-0444
 * carries sets, not changes), to the peer (carbons copy it to my other devices) or the room
 * (which reflects it to every member's devices). Resolves with the time that orders it.
 */
export async function sendReaction(
  d: XmppDevice,
  message: Message,
  change: { key: string; on: boolean },
  mine: readonly string[],
  to: Target,
): Promise<{ time: number }> {
  const known = d.index.resolve(message.sessionId, message.idClient);
  if (!known && !message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
  const others = mine.filter((key) => key !== change.key);
  const keys = change.on ? [...others, change.key] : others;
  const time = d.now();
  const id = `react-${message.idClient}-${time}`;
  const stanza = reactionsStanza(referenceId(known ?? message, to), keys, to, time, id);
  d.sentHere.add(id);
  if (to.type === 'groupchat') await sendInRoom(d, message.to, stanza, id);
  else await d.link.send(stanza);
  d.index.applyFold(message.sessionId, message.idClient, {
    type: 'reaction',
    account: d.me,
    change: { keys },
    time,
  });
  return { time };
}
