import type { Message, SessionId } from '@parley/core';
import { mergeMessage, toSessionId } from '@parley/core/rules';
import type { SystemMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SystemMessageServiceInterface.js';

const RECALL_SCENES = {
  recallMsgP2p: 'p2p',
  recallMsgTeam: 'team',
  recallMsgSuperTeam: 'superTeam',
} as const;

/**
 * Recalled messages this device learned of, by session. The server drops a recalled message
 * from roaming and history (the SDK: 撤回后不能通过漫游消息、或者历史消息拉取到), so the
 * recall notice (`recallMsgP2p` / `recallMsgTeam` / `recallMsgSuperTeam` system messages, live
 * or in the login sync) is the only trace: history pages and session previews put it back.
 */
export class Recalls {
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

  /**
   * The recalled message a recall system message describes, seen by `me`; null for other
   * system messages and for ones missing the recalled message's ids.
   */
  static fromSystemMessage(sys: SystemMessage, me: string): Message | null {
    const scene = RECALL_SCENES[sys.type as keyof typeof RECALL_SCENES];
    const info = sys.recallMessageInfo;
    if (!scene || !info || typeof info.idClient !== 'string' || info.idClient === '') return null;
    if (typeof sys.from !== 'string' || typeof sys.to !== 'string') return null;
    // p2p: from is the sender, to the receiver; a recall by my other device has from === me.
    const peer = scene === 'p2p' ? (sys.from === me ? sys.to : sys.from) : sys.to;
    const by = typeof info.opeAccount === 'string' && info.opeAccount ? info.opeAccount : sys.from;
    return {
      idClient: info.idClient,
      idServer: typeof info.idServer === 'string' ? info.idServer : '',
      scene,
      sessionId: toSessionId(scene, peer),
      from: sys.from,
      to: sys.to,
      time: typeof info.createTime === 'number' ? info.createTime : sys.time,
      status: sys.from === me ? 'sent' : 'read',
      type: 'tip',
      body: '',
      recall: { by, time: typeof sys.time === 'number' ? sys.time : 0 },
    };
  }
}
