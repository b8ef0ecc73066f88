import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { ReplyRef } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { OutgoingContent } from '../OutgoingContent.ts';
import { replyRefOf } from '../rules/reply.ts';
import { checkMessageRef, invalidArgument } from '../rules/validate.ts';
import type { ChatState } from '../store/ChatState.ts';
import { selectMessage } from '../store/selectors.ts';

/**
 * The snapshot a send quotes (`content.replyTo`), taken of the store's version of the
 * original: a message of the same session, not recalled, on an adapter with `replies`.
 */
export function replyTarget(
  state: ChatState,
  adapter: Pick<ChatAdapter, 'replies'>,
  sessionId: SessionId,
  content: OutgoingContent,
): ReplyRef | undefined {
  if (content.type === 'tip' || content.replyTo === undefined) return undefined;
  const ref = checkMessageRef(content.replyTo, 'content.replyTo');
  if (ref.sessionId !== sessionId) {
    throw invalidArgument('content.replyTo', `a message of ${sessionId}`, ref.sessionId);
  }
  if (!adapter.replies) {
    throw new ChatError('UNSUPPORTED', 'This adapter does not keep replies');
  }
  const original = selectMessage(state.messages[sessionId], ref.idClient) ?? content.replyTo;
  if (original.recall) {
    throw new ChatError('INVALID_STATE', 'A recalled message cannot be quoted');
  }
  return replyRefOf(original);
}
