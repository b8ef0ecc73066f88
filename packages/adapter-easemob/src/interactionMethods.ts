import type { ChatAdapter, Message } from '@parley/core';
import { ChatError, isChatError } from '@parley/core';
import { messageTarget } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { extOf } from './sendToEasemob.ts';

/** Easemob's answers that a reaction is already as asked (`EasemobChat.Code`). */
const REACTION_ALREADY_ADDED = 1101;
const REACTION_OPERATION_IS_ILLEGAL = 1103;
/** "A reaction is being created by several users at once": worth another try. */
const REACTION_CREATING = 1102;
const TRIES = 3;

/** What {@link interactionMethods} adds to the adapter. */
export type EasemobInteractionMethods = {
  -readonly [K in 'replies' | 'react' | 'edit' | 'editWindowMs']?: ChatAdapter[K];
};

function easemobCode(error: unknown): number | undefined {
  const code = isChatError(error) ? error.details?.easemobCode : undefined;
  return typeof code === 'number' ? code : undefined;
}

/** The message's server id, which every Easemob call about it takes. */
function serverId(message: Message): string {
  if (!message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
  return message.idServer;
}

/**
 * Replies (the Easemob UIKits' `msgQuote` ext), reactions (`addReaction` / `deleteReaction`) and
 * edits (`modifyMessage`). Reactions and edits are services an app key has turned on in
 * Easemob's console; the options leave them out otherwise.
 */
export function interactionMethods(deps: EasemobAdapterDeps): EasemobInteractionMethods {
  const { conn, options, me, live } = deps;
  const methods: EasemobInteractionMethods = { replies: true };

  // Builds of the SDK without these calls (its lite build) leave the capability absent.
  if (
    options.reactions !== false &&
    typeof conn.addReaction === 'function' &&
    typeof conn.deleteReaction === 'function'
  ) {
    methods.react = async (message, change) => {
      messageTarget(message);
      live();
      const params = { messageId: serverId(message), reaction: change.key };
      for (let attempt = 1; ; attempt++) {
        try {
          await emCall('react', () =>
            change.on ? conn.addReaction(params) : conn.deleteReaction(params),
          );
          break;
        } catch (error) {
          const code = easemobCode(error);
          // Already on, or already off: the reaction is as asked (another device of mine got
          // there first), so the change holds.
          if (change.on ? code === REACTION_ALREADY_ADDED : code === REACTION_OPERATION_IS_ILLEGAL)
            break;
          if (code !== REACTION_CREATING || attempt >= TRIES) throw error;
        }
      }
      // Easemob answers without a time (its events carry the server's): the best guess of its
      // clock orders my change among other devices' even when this device's clock is off.
      return { time: deps.clock.now() };
    };
  }

  if (options.edits !== false && typeof conn.modifyMessage === 'function') {
    const windowMs = options.editWindowMs;
    if (windowMs !== undefined) methods.editWindowMs = windowMs;
    methods.edit = async (message, body) => {
      const { to, chatType } = messageTarget(message);
      live();
      if (message.from !== me() || message.type !== 'text' || message.recall) {
        throw new ChatError('EDIT_NOT_ALLOWED', 'Only my own text messages can be edited');
      }
      if (windowMs !== undefined && deps.clock.now() - message.time > windowMs) {
        throw new ChatError('EDIT_EXPIRED', 'The time to edit this message has passed');
      }
      const messageId = serverId(message);
      const result = await emCall('edit', () =>
        conn.modifyMessage({
          messageId,
          modifiedMessage: {
            id: messageId,
            type: 'txt',
            chatType,
            to,
            msg: body,
            time: message.time,
            ext: extOf(message),
          },
        }),
      );
      const time = Number(result?.modifiedInfo?.operationTime);
      if (!(Number.isFinite(time) && time > 0)) return { time: deps.clock.now() };
      deps.clock.observe(time);
      return { time };
    };
  }
  return methods;
}
