import type { StoredMessage } from '../server/types.ts';

/** A stored text message from alice to bob (test data). */
export function storedMessage(
  idClient: string,
  time: number,
  extra: Pick<StoredMessage, 'editedAt' | 'reactions' | 'replyTo'> = {},
): StoredMessage {
  return {
    idClient,
    idServer: `s-${idClient}`,
    scene: 'p2p',
    sessionId: 'p2p-bob',
    from: 'alice',
    to: 'bob',
    time,
    status: 'sent',
    type: 'text',
    body: idClient,
    ...extra,
  };
}
