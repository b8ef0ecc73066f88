import type { Message, Scene, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSessionId, toSessionId } from '@parley/core/rules';

/** Easemob's conversation types; chat rooms are not sessions in Parley. */
export type ConversationType = 'singleChat' | 'groupChat';

/** A Parley session as the SDK addresses it. */
export interface ConversationTarget {
  scene: Scene;
  /** The peer's user id or the group id: Easemob's `conversationId`. */
  to: string;
  chatType: ConversationType;
}

/**
 * The Easemob conversation of a Parley session id (`p2p-<user>` ↔ `singleChat`,
 * `team-<group>` ↔ `groupChat`).
 * @throws ChatError `INVALID_ARGUMENT` when `id` is not a session id; `UNSUPPORTED` for super
 * teams, which Easemob does not have
 */
export function conversationTarget(id: SessionId): ConversationTarget {
  const { scene, to } = checkSessionId(id);
  if (scene === 'superTeam') {
    throw new ChatError('UNSUPPORTED', 'Easemob has no super teams: use a group (team-…)');
  }
  return { scene, to, chatType: scene === 'p2p' ? 'singleChat' : 'groupChat' };
}

/** The Parley session id of an Easemob conversation; null for chat rooms and bad data. */
export function sessionIdOf(chatType: unknown, conversationId: unknown): SessionId | null {
  if (typeof conversationId !== 'string' || conversationId === '') return null;
  if (chatType === 'singleChat') return toSessionId('p2p', conversationId);
  if (chatType === 'groupChat') return toSessionId('team', conversationId);
  return null;
}

/**
 * The conversation of a message the app handed in, after checking it is a message at all.
 * @throws ChatError `INVALID_ARGUMENT` when `message` has no `idClient` or session id
 */
export function messageTarget(message: Message): ConversationTarget {
  if (typeof message !== 'object' || message === null || typeof message.idClient !== 'string') {
    throw new ChatError('INVALID_ARGUMENT', 'Expected a message with an idClient');
  }
  return conversationTarget(message.sessionId);
}
