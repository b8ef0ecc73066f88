import type { Message } from '@parley/core';
import { ChatError } from '@parley/core';
import {
  checkReactionKey,
  MAX_REACTION_KEYS,
  mergeReactions,
  summarizeReactions,
} from '@parley/core/rules';
import type { Target } from './outgoing.ts';
import { reactionsStanza } from './reactions.ts';
import { referenceId } from './replies.ts';
import { sendAccepted } from './sendMessage.ts';
import type { XmppDevice } from './XmppDevice.ts';

/**
 * Sends my whole set of reactions on `message` after turning `change.key` on or off (XEP-0444
 * carries sets, not changes), to the peer (carbons copy it to my other devices) or the room
 * (which reflects it to every member's devices). Resolves with the time that orders it, once
 * the server took it; this device raises the set as a `reaction` event too.
 */
export async function sendReaction(
  d: XmppDevice,
  message: Message,
  change: { key: string; on: boolean },
  mine: readonly string[],
  to: Target,
): Promise<{ time: number }> {
  checkReactionKey(change.key, 'change.key');
  const known = d.index.find(message.sessionId, message.idClient);
  if (!known && !message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
  const held = summarizeReactions(mergeReactions(known?.reactions, message.reactions), d.me);
  if (change.on && held.length >= MAX_REACTION_KEYS && !held.some((r) => r.key === change.key)) {
    throw new ChatError('REACTION_LIMIT', `A message holds at most ${MAX_REACTION_KEYS} reactions`);
  }
  const others = mine.filter((key) => key !== change.key);
  const keys = change.on ? [...others, change.key] : others;
  const time = d.now();
  // Unique across my devices: one that sent in the same ms must not take it for its own echo.
  const id = `react-${message.idClient}-${d.resource}-${time}`;
  const stanza = reactionsStanza(referenceId(known ?? message, to), keys, to, time, id);
  d.sentHere.add(id);
  await sendAccepted(d, to, message.to, stanza, id);
  const whole = { keys };
  d.index.applyFold(message.sessionId, message.idClient, {
    type: 'reaction',
    account: d.me,
    change: whole,
    time,
  });
  // The set, not just the key, is what the others now hold: this device's chat learns it too,
  // or a key another of my devices added meanwhile would stay on here and off everywhere else.
  d.emit({
    type: 'reaction',
    sessionId: message.sessionId,
    idClient: message.idClient,
    account: d.me,
    time,
    change: whole,
  });
  return { time };
}
