import type { ChatAdapter, TeamReceiptDetail } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { checkIdClients, checkMessageRef, checkSessionId, checkTime } from '../rules/validate.ts';
import { selectMessage } from '../store/selectors.ts';
import { type ChatContext, guard } from './ChatContext.ts';
import { newestIncoming } from './sessionActions.ts';

/** Default recall window of the seeds: two minutes. */
export const DEFAULT_RECALL_WINDOW_MS = 120_000;

/** The adapter's recall window, or the seeds' default. */
export function recallWindowOf(adapter: Pick<ChatAdapter, 'recallWindowMs'>): number {
  return adapter.recallWindowMs ?? DEFAULT_RECALL_WINDOW_MS;
}

/** Recalls my sent message inside the recall window; the result replaces it (a tip). */
export function recall(context: ChatContext, message: Message): Promise<Message> {
  return guard('INTERNAL', async () => {
    checkMessageRef(message);
    context.requireConnected();
    const state = context.state();
    const current = selectMessage(state.messages[message.sessionId], message.idClient) ?? message;
    if (current.recall) return current;
    if (current.from !== state.me) {
      throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
    }
    if (current.status === 'sending' || current.status === 'sendFailed' || !current.idServer) {
      throw new ChatError('NOT_FOUND', 'A message that was never sent cannot be recalled');
    }
    const windowMs = recallWindowOf(context.adapter);
    // `time` is server time: compare it with the server's clock, not the device's.
    if (context.serverNow() - current.time > windowMs) {
      throw new ChatError('RECALL_EXPIRED', 'The recall window has passed', {
        details: { windowMs },
      });
    }
    const recalled = await context.adapter.recall(current);
    context.dispatch({ type: 'recall', message: recalled });
    return recalled;
  });
}

/**
 * Deletes messages from my history only. Messages that never reached the server are
 * removed locally (and from the outbox) without asking it.
 */
export function deleteMessages(context: ChatContext, sessionId: SessionId, idClients: string[]) {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkIdClients(idClients);
    const window = context.state().messages[sessionId];
    const onServer = idClients.filter((id) => {
      const message = selectMessage(window, id);
      return message?.idServer !== '';
    });
    if (onServer.length > 0) {
      context.requireConnected();
      await context.adapter.deleteHistory({ sessionId, idClients: onServer });
    }
    const me = context.state().me;
    for (const id of idClients.filter((id) => !onServer.includes(id))) {
      context.files.delete(id);
      context.outbox.remove(me, id).catch((error: unknown) => context.report(error));
    }
    context.dispatch({ type: 'historyDeleted', sessionId, idClients, time: context.now() });
  });
}

/** Deletes my history of a session at or before `time`. */
export function deleteHistoryBefore(context: ChatContext, sessionId: SessionId, time: number) {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkTime(time, 'time');
    context.requireConnected();
    await context.adapter.deleteHistory({ sessionId, before: time });
    context.dispatch({ type: 'historyDeleted', sessionId, before: time, time: context.now() });
  });
}

/** Sends a read receipt for the newest incoming message of a session. */
export function sendReceipt(context: ChatContext, sessionId: SessionId): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    context.requireConnected();
    const message = newestIncoming(context, sessionId);
    if (message) await context.adapter.sendReceipt(message);
  });
}

export function getTeamReceiptDetail(
  context: ChatContext,
  message: Message,
): Promise<TeamReceiptDetail> {
  return guard('INTERNAL', async () => {
    checkMessageRef(message);
    context.requireConnected();
    const { adapter } = context;
    if (!adapter.getTeamReceiptDetail) {
      throw new ChatError('UNSUPPORTED', 'This adapter does not report who read a team message');
    }
    return adapter.getTeamReceiptDetail(message);
  });
}

/** Tells the peer I am typing; best effort, failures are reported, never thrown. */
export function sendTyping(context: ChatContext, sessionId: SessionId): void {
  checkSessionId(sessionId);
  const { adapter } = context;
  if (!adapter.sendTyping || context.state().connection.status !== 'connected') return;
  adapter.sendTyping(sessionId).catch((error: unknown) => context.report(error));
}
