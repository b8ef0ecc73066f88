import type { Message, MessageBase } from '../model/Message.ts';
import { emptySession, type Session } from '../model/Session.ts';
import { toSessionId } from '../model/SessionId.ts';

/** Fields of a test message; `peer` is the other account of the p2p session. */
export type MessageFields = Partial<MessageBase> & {
  idClient: string;
  time: number;
  from: string;
  peer: string;
  type?: 'text' | 'tip';
};

/** A text (or tip) message in the p2p session with `peer` (test data). */
export function textMessage(fields: MessageFields): Message {
  const { peer, type = 'text', ...rest } = fields;
  return {
    idServer: `s-${fields.idClient}`,
    scene: 'p2p',
    sessionId: toSessionId('p2p', peer),
    to: peer,
    status: 'sent',
    body: `body ${fields.idClient}`,
    ...rest,
    type,
  };
}

/** The recalled version of a message, as a recall event carries it (test data). */
export function recalled(message: Message, by: string, time: number): Message {
  return { ...message, type: 'tip', attach: undefined, body: '', recall: { by, time } };
}

/** A p2p session with fields overridden (test data). */
export function session(to: string, fields: Partial<Session> = {}): Session {
  return { ...emptySession('p2p', to), ...fields };
}
