import type { Message } from '../model/Message.ts';

/**
 * The recall notice that replaces a recalled message (rule 8): a tip that keeps the message's
 * identity, place and status, drops its content, and carries `recall`. The sender's copy keeps
 * the original type and body, so that it can be re-edited; nobody else's does.
 *
 * @param by account that recalled it (a recall by anyone but the sender keeps no original)
 * @param time server time of the recall, ms
 * @param body text of the tip; default empty, for a UI that words the notice itself
 */
export function recallTip(message: Message, by: string, time: number, body = ''): Message {
  return {
    idClient: message.idClient,
    idServer: message.idServer,
    scene: message.scene,
    sessionId: message.sessionId,
    from: message.from,
    to: message.to,
    time: message.time,
    status: message.status,
    type: 'tip',
    body,
    recall: {
      by,
      time,
      ...(message.from === by ? { original: { type: message.type, body: message.body } } : {}),
    },
  };
}
