import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/Session.ts';
import { mergeMessage } from './mergeMessage.ts';

/**
 * The recall notice that replaces `message`: a tip carrying `recall`. The sender's own copy
 * keeps the original text so it can be re-edited.
 */
export function recalledVersion(message: Message, by: string, time: number): Message {
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
    body: '',
    recall: {
      by,
      time,
      ...(message.from === by ? { original: { type: message.type, body: message.body } } : {}),
    },
  };
}

/**
 * Recalled messages a device learned of, by session. Vendor servers (NetEase IM, Easemob) drop
 * a recalled message from roaming and history, so the recall notice is the only trace of it:
 * adapters keep it here and put it back into history pages and session previews.
 */
export class RecallMemory {
  private readonly bySession = new Map<SessionId, Map<string, Message>>();

  /** Records a recalled message (a tip carrying `recall`); returns the merged version. */
  add(message: Message): Message {
    let session = this.bySession.get(message.sessionId);
    if (!session) {
      session = new Map();
      this.bySession.set(message.sessionId, session);
    }
    const known = session.get(message.idClient);
    const merged = known ? mergeMessage(known, message) : message;
    session.set(message.idClient, merged);
    return merged;
  }

  /** Recalled messages of a session, in no particular order. */
  of(sessionId: SessionId): Message[] {
    return [...(this.bySession.get(sessionId)?.values() ?? [])];
  }

  /** Forgets a session's recalls older than or at `time` (its history was cleared). */
  clear(sessionId: SessionId, time = Number.POSITIVE_INFINITY): void {
    const session = this.bySession.get(sessionId);
    if (!session) return;
    for (const [id, message] of session) if (message.time <= time) session.delete(id);
  }
}
