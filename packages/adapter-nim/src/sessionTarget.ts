import type { Message, Scene, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSessionId } from '@parley/core/rules';

/** Whom a session talks to, as the SDK addresses it (`scene` + `to`). */
export interface SessionTarget {
  scene: Scene;
  to: string;
}

/**
 * The scene and peer (account or team id) of a Parley session id.
 * @throws ChatError `INVALID_ARGUMENT` when `id` is not a session id
 */
export function sessionTarget(id: SessionId): SessionTarget {
  return checkSessionId(id);
}

/**
 * The session target of a message the app handed in, after checking it is a message at all
 * (the contract's callers may be plain JavaScript).
 * @throws ChatError `INVALID_ARGUMENT` when `message` has no `idClient` or session id
 */
export function messageTarget(message: Message): SessionTarget {
  if (typeof message !== 'object' || message === null || typeof message.idClient !== 'string') {
    throw new ChatError('INVALID_ARGUMENT', 'Expected a message with an idClient');
  }
  return sessionTarget(message.sessionId);
}
