import type { ReactionChange } from '../model/AdapterEvent.ts';
import type { Message, MessageReactions } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { applyEdit } from './edit.ts';
import { applyReaction, mergeReactions } from './reactions.ts';

/** A change to another message that a backend's history holds as an entry of its own. */
export type Fold =
  | { type: 'reaction'; account: string; change: ReactionChange; time: number }
  /** `by` must be the message's sender: an edit from anyone else never applies. */
  | { type: 'edit'; by: string; body: string; time: number };

interface Folded {
  reactions?: MessageReactions;
  /** The latest edit per editor: one that is not the sender's must not hide the sender's. */
  edits?: Map<string, { body: string; time: number }>;
}

/**
 * Whether an edit by `by` at `time` may replace the body of `message`: only its sender's, only
 * a text message, and only within `windowMs` of it.
 */
export function editAllowed(
  message: Pick<Message, 'from' | 'type' | 'time'>,
  by: string,
  time: number,
  windowMs: number,
): boolean {
  return message.from === by && message.type === 'text' && time - message.time <= windowMs;
}

/**
 * Reactions and edits a device read before (or without) their message, by session and target
 * id. Backends whose history holds them as separate entries (XMPP MAM: a reaction or a
 * correction is archived after its message, so newest-first pages meet it first) remember each
 * here and fold it into its message when the message comes, on this page or a later one. A
 * target id is the message's `idClient`, or its `idServer` where the protocol references
 * messages by the server's id (XMPP rooms); `fold` looks under both.
 *
 * Per key and account the later reaction wins, and the latest allowed edit (recall beats edit),
 * whatever order they are read in; only that is kept, so memory stays bounded by what the
 * messages show.
 */
export class FoldMemory {
  private readonly bySession = new Map<SessionId, Map<string, Folded>>();

  /** @param editWindowMs how long after a message its sender may edit it, ms. [no limit] */
  constructor(private readonly editWindowMs = Number.POSITIVE_INFINITY) {}

  /** Records a fold; true when it changed what is known of the target (not a repeat). */
  remember(sessionId: SessionId, targetId: string, fold: Fold): boolean {
    let session = this.bySession.get(sessionId);
    if (!session) {
      session = new Map();
      this.bySession.set(sessionId, session);
    }
    const folded = session.get(targetId) ?? {};
    session.set(targetId, folded);
    if (fold.type === 'reaction') {
      const next = applyReaction(folded.reactions, fold.account, fold.change, fold.time);
      if (next === folded.reactions) return false;
      folded.reactions = next;
      return true;
    }
    folded.edits ??= new Map();
    const known = folded.edits.get(fold.by);
    if (known && known.time >= fold.time) return false;
    folded.edits.set(fold.by, { body: fold.body, time: fold.time });
    return true;
  }

  /** `message` with what is remembered for it folded in; the same object when nothing applies. */
  fold(message: Message): Message {
    const session = this.bySession.get(message.sessionId);
    if (!session) return message;
    let result = message;
    for (const id of new Set([message.idClient, message.idServer])) {
      const folded = id ? session.get(id) : undefined;
      if (!folded) continue;
      if (folded.reactions) {
        const reactions = mergeReactions(result.reactions, folded.reactions);
        if (reactions !== result.reactions) result = { ...result, reactions };
      }
      const edit = folded.edits?.get(result.from);
      if (edit && editAllowed(result, result.from, edit.time, this.editWindowMs)) {
        result = applyEdit(result, edit.body, edit.time);
      }
    }
    return result;
  }
}
