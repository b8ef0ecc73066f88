import type { Message } from '../model/Message.ts';

/** Who recalled a message, when, and for whom the notice is built. */
export interface RecallTipOptions {
  /** Account that recalled it. */
  by: string;
  /** Server time of the recall, ms. */
  time: number;
  /**
   * Account whose copy this is. Only the sender's own copy of their own recall keeps the
   * original, for re-editing: a recalled text must not stay on anyone else's device.
   */
  viewer: string;
  /** Text of the tip; default empty, for a UI that words the notice itself. */
  body?: string;
}

/**
 * The recall notice that replaces a recalled message (rule 8): a tip that keeps the message's
 * identity, place and status, drops its content, and carries `recall`.
 */
export function recallTip(message: Message, options: RecallTipOptions): Message {
  const { by, time, viewer, body = '' } = options;
  const keepsOriginal = message.from === by && viewer === message.from;
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
      ...(keepsOriginal ? { original: { type: message.type, body: message.body } } : {}),
    },
  };
}
