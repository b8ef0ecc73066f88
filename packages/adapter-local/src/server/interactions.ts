import type { Message } from '@parley/core';
import { ChatError } from '@parley/core';
import {
  applyEdit,
  applyReaction,
  checkBoolean,
  checkObject,
  checkReactionKey,
  checkText,
  MAX_REACTION_KEYS,
  myReactionKeys,
  reactionKeyCount,
} from '@parley/core/rules';
import { fanOut } from './messages.ts';
import { participants, sessionIdFor } from './ServerData.ts';
import type { ServerState } from './ServerState.ts';
import type { StoredMessage } from './types.ts';

/** A message that `account` takes part in, or `NOT_FOUND`. */
function target(state: ServerState, account: string, idClient: string): StoredMessage {
  const message = state.data.byId.get(idClient);
  if (!message || !participants(state.data, message).includes(account)) {
    throw new ChatError('NOT_FOUND', 'No such message', { details: { idClient } });
  }
  return message;
}

/**
 * Turns `account`'s reaction `change.key` on or off. The message keeps its reactions (so
 * history returns them folded), and every device of every participant but the one that asked
 * receives `reaction`. Nothing counts as unread and no session moves: the message's time
 * stays. `REACTION_LIMIT` beyond `MAX_REACTION_KEYS` distinct keys on the message.
 */
export function react(
  state: ServerState,
  account: string,
  idClient: string,
  change: { key: string; on: boolean },
  origin: string,
): { time: number } {
  checkObject(change, 'change');
  const key = checkReactionKey(change.key, 'change.key');
  const on = checkBoolean(change.on, 'change.on');
  const message = target(state, account, idClient);
  if (message.recall) {
    throw new ChatError('INVALID_STATE', 'A recalled message takes no reactions');
  }
  const { data } = state;
  const time = data.tick();
  const reactions = applyReaction(message.reactions, account, { key, on }, time);
  const held = myReactionKeys(message.reactions, account).includes(key);
  if (on && !held && reactionKeyCount(reactions) > MAX_REACTION_KEYS) {
    throw new ChatError(
      'REACTION_LIMIT',
      `A message takes at most ${MAX_REACTION_KEYS} reactions`,
      {
        details: { max: MAX_REACTION_KEYS },
      },
    );
  }
  data.putMessage({ ...message, ...(reactions ? { reactions } : {}) });
  fanOut(
    state,
    message,
    (to) => ({
      type: 'reaction',
      sessionId: sessionIdFor(to, message),
      idClient,
      account,
      time,
      change: { key, on },
    }),
    origin,
  );
  return { time };
}

/**
 * Replaces the text of `account`'s own text message inside the edit window. Every device of
 * every participant but the one that asked receives `edit`; history and session previews
 * show the new text; read marks and the message's place stay.
 */
export function edit(
  state: ServerState,
  account: string,
  idClient: string,
  body: string,
  origin: string,
): { time: number } {
  checkText(body, 'body', state.maxTextLength);
  const message = target(state, account, idClient);
  if (message.from !== account || message.type !== 'text' || message.recall) {
    throw new ChatError('EDIT_NOT_ALLOWED', 'Only the sender’s own text messages can be edited');
  }
  const { data } = state;
  const time = data.tick();
  if (time - message.time > state.editWindowMs) {
    throw new ChatError('EDIT_EXPIRED', 'The edit window has passed', {
      details: { windowMs: state.editWindowMs },
    });
  }
  const edited: Message = applyEdit(message, body, time);
  data.putMessage({ ...message, ...edited });
  fanOut(
    state,
    message,
    (to) => ({ type: 'edit', sessionId: sessionIdFor(to, message), idClient, body, time }),
    origin,
  );
  return { time };
}
