import type { OutgoingContent } from '../Chat.ts';
import { ChatError } from '../model/ChatError.ts';
import { isCountable, type Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { checkId, checkMessageRef, checkSessionId } from '../rules/validate.ts';
import { selectMessage } from '../store/selectors.ts';
import { type ChatContext, guard } from './ChatContext.ts';
import { checkContent } from './checkContent.ts';
import { checkTeamExists } from './checkTeamExists.ts';
import { deliver } from './deliver.ts';
import { buildOutgoing, requestOf } from './outgoingMessage.ts';

/** Rule 8: the message is in the store as `sending` before the adapter answers. */
export function send(
  context: ChatContext,
  sessionId: SessionId,
  content: OutgoingContent,
): Promise<Message> {
  return guard('SEND_FAILED', async () => {
    const target = checkSessionId(sessionId);
    checkContent(content, context.maxTextLength);
    context.requireConnected();
    const asking = checkTeamExists(context, target);
    if (asking) await asking;
    const outgoing = buildOutgoing(sessionId, content, {
      idClient: context.createId(),
      from: context.state().me,
      time: context.now(),
      teamReceipts: context.teamReceipts,
    });
    context.receiptRequests.set(outgoing.message.idClient, outgoing.request.needReceipt === true);
    if (outgoing.file) context.files.set(outgoing.message.idClient, outgoing.file);
    context.dispatch({ type: 'outgoing', message: outgoing.message });
    return deliver(context, outgoing.message, (options) =>
      context.adapter.send(outgoing.request, options),
    );
  });
}

/** Whether a message asks for team receipts by `CreateChatOptions.teamReceipts`. */
export function defaultReceipt(context: ChatContext, message: Message): boolean {
  return message.scene !== 'p2p' && context.teamReceipts && isCountable(message);
}

/** Resends a `sendFailed` message with the same `idClient` (seed 004). */
export function resend(context: ChatContext, message: Message): Promise<Message> {
  return guard('SEND_FAILED', async () => {
    checkMessageRef(message);
    context.requireConnected();
    const window = context.state().messages[message.sessionId];
    const current = selectMessage(window, message.idClient) ?? message;
    if (current.status !== 'sendFailed') {
      throw new ChatError('INVALID_STATE', 'Only messages that failed to send can be resent', {
        details: { status: current.status },
      });
    }
    context.dispatch({ type: 'resend', sessionId: current.sessionId, idClient: current.idClient });
    const file = context.files.get(current.idClient);
    const needReceipt =
      context.receiptRequests.get(current.idClient) ?? defaultReceipt(context, current);
    return deliver(context, { ...current, status: 'sending' }, (options) =>
      context.adapter.send(requestOf(current, file, needReceipt), options),
    );
  });
}

/** Forwards a copy (new `idClient`) into another session; optimistic like `send`. */
export function forward(
  context: ChatContext,
  message: Message,
  toSessionId: SessionId,
): Promise<Message> {
  return guard('SEND_FAILED', async () => {
    checkMessageRef(message);
    const target = checkSessionId(toSessionId, 'toSessionId');
    context.requireConnected();
    if (message.recall)
      throw new ChatError('INVALID_STATE', 'A recalled message cannot be forwarded');
    const idClient = context.createId();
    const { error: _error, progress: _progress, teamReceipt: _receipt, ...content } = message;
    const copy: Message = {
      ...content,
      idClient,
      idServer: '',
      scene: target.scene,
      to: target.to,
      sessionId: toSessionId,
      from: context.state().me,
      time: context.now(),
      status: 'sending',
    };
    context.dispatch({ type: 'outgoing', message: copy });
    const { adapter } = context;
    return deliver(context, copy, (options) =>
      adapter.forward
        ? adapter.forward(message, { scene: target.scene, to: target.to, idClient })
        : adapter.send(requestOf(copy, undefined, defaultReceipt(context, copy)), options),
    );
  });
}

/** Aborts a running upload; the send ends `sendFailed` with `UPLOAD_CANCELLED`. */
export function cancelUpload(context: ChatContext, idClient: string): void {
  context.uploads.get(checkId(idClient, 'idClient'))?.abort();
}
