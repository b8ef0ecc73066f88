import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { mergeMessage } from './mergeMessage.ts';

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
