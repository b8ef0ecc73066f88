import { guard } from '../controller/guard.ts';
import { loadAround } from '../controller/history.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import {
  applyReaction,
  MAX_REACTION_KEYS,
  myReactionKeys,
  optimisticReactionTime,
  reactionKeyCount,
  reactionMark,
} from '../rules/reactions.ts';
import {
  checkBoolean,
  checkId,
  checkMessageRef,
  checkObject,
  checkOptional,
  checkReactionKey,
  checkSessionId,
  checkText,
  checkTime,
} from '../rules/validate.ts';
import { selectMessage } from '../store/selectors.ts';
import { MessageCommands } from './MessageCommands.ts';

/** What the adapter lets people do with messages; the UI hides what is false. */
export interface ChatSupports {
  /** Quote a message in a reply (`ChatAdapter.replies`). */
  reply: boolean;
  /** React to a message (`ChatAdapter.react`). */
  react: boolean;
  /** Edit my sent text messages (`ChatAdapter.edit`). */
  edit: boolean;
}

/** The commands on one message's interactions: reactions, edits, and jumping to a message. */
export class InteractionCommands extends MessageCommands {
  /** What this chat's adapter supports of replies, reactions and edits. */
  readonly supports: Readonly<ChatSupports> = Object.freeze({
    reply: this.adapter.replies === true,
    react: typeof this.adapter.react === 'function',
    edit: typeof this.adapter.edit === 'function',
  });

  /**
   * How long after sending a message its sender may edit it, ms: the adapter's
   * `editWindowMs`, or `Infinity` when it states none. Compare with `serverNow()`.
   */
  readonly editWindowMs: number = this.adapter.editWindowMs ?? Number.POSITIVE_INFINITY;

  /** The store's version of a message, for a command given any copy of it. */
  #current(message: Message): Message {
    const { idClient, sessionId } = checkMessageRef(message);
    return selectMessage(this.events.state().messages[sessionId], idClient) ?? message;
  }

  /**
   * Turns my reaction `key` on or off on a message (`on` omitted: toggles it). Optimistic:
   * the store shows it at once and rolls it back if the adapter fails, rejecting with its
   * coded error. `UNSUPPORTED` without the adapter's `react`, `NOT_CONNECTED` offline
   * (nothing changes), `INVALID_STATE` for a recalled or unsent message, `REACTION_LIMIT`
   * for a key beyond `MAX_REACTION_KEYS` on the message.
   */
  react = (message: Message, key: string, on?: boolean): Promise<void> =>
    guard('INTERNAL', async () => {
      checkReactionKey(key);
      checkOptional(on, 'on', checkBoolean);
      const current = this.#current(message);
      const { adapter, events } = this;
      if (!adapter.react) throw new ChatError('UNSUPPORTED', 'This adapter has no reactions');
      this.connection.require();
      if (current.recall || !current.idServer) {
        throw new ChatError('INVALID_STATE', 'Only sent messages that stand take reactions');
      }
      const me = events.state().me;
      const mine = myReactionKeys(current.reactions, me);
      const turnOn = on ?? !mine.includes(key);
      if (turnOn === mine.includes(key)) return;
      if (turnOn && reactionKeyCount(applyOn(current, me, key)) > MAX_REACTION_KEYS) {
        throw new ChatError(
          'REACTION_LIMIT',
          `A message takes at most ${MAX_REACTION_KEYS} reactions`,
          {
            details: { max: MAX_REACTION_KEYS },
          },
        );
      }
      const previous = reactionMark(current.reactions, key, me) ?? null;
      const optimistic = { on: turnOn, time: optimisticReactionTime(current.reactions, me) };
      const { sessionId, idClient } = current;
      const change = { key, on: turnOn };
      const mark = (time: number) =>
        events.dispatch({ type: 'reaction', sessionId, idClient, account: me, time, change });
      mark(optimistic.time);
      const after = turnOn ? [...mine, key].sort() : mine.filter((k) => k !== key);
      try {
        // The server's mark: later than the optimistic one, and ordered among other devices'.
        mark((await adapter.react(current, change, after)).time);
      } catch (error) {
        events.dispatch({
          type: 'reactionRollback',
          sessionId,
          idClient,
          account: me,
          key,
          optimistic,
          previous,
        });
        throw error;
      }
    });

  /**
   * Replaces the text of my sent text message. Optimistic, rolled back with the adapter's
   * coded error on failure. `UNSUPPORTED` without the adapter's `edit`; `EDIT_NOT_ALLOWED`
   * for someone else's, a non-text, a recalled or an unsent message; `EDIT_EXPIRED` after
   * `editWindowMs`; the text rules of `send` (`TEXT_TOO_LONG`, blank is `INVALID_ARGUMENT`);
   * `NOT_CONNECTED` offline. The same text again changes nothing.
   */
  edit = (message: Message, body: string): Promise<void> =>
    guard('INTERNAL', async () => {
      checkText(body, 'body', this.maxTextLength);
      const current = this.#current(message);
      const { adapter, events } = this;
      if (!adapter.edit) throw new ChatError('UNSUPPORTED', 'This adapter cannot edit messages');
      this.connection.require();
      const me = events.state().me;
      if (current.from !== me || current.type !== 'text' || current.recall || !current.idServer) {
        throw new ChatError('EDIT_NOT_ALLOWED', 'Only my own sent text messages can be edited');
      }
      if (this.serverNow() - current.time > this.editWindowMs) {
        throw new ChatError('EDIT_EXPIRED', 'The edit window has passed', {
          details: { windowMs: this.editWindowMs },
        });
      }
      if (body === current.body) return;
      const { sessionId, idClient } = current;
      const previous = textOf(current);
      // Just after the text this device knows, before any edit the server makes after mine.
      const optimistic = { body, editedAt: (current.editedAt ?? current.time) + 0.5 };
      const change = (time: number) =>
        events.dispatch({ type: 'edit', sessionId, idClient, body, time });
      change(optimistic.editedAt);
      try {
        change((await adapter.edit(current, body)).time);
      } catch (error) {
        events.dispatch({ type: 'editRollback', sessionId, idClient, optimistic, previous });
        throw error;
      }
    });

  /**
   * Brings a message into view and highlights it (`MessageWindow.focus`): at once when it is
   * loaded; otherwise the window is replaced by history around `target.time` (a page up to
   * it and a page after it, so scrolling continues both ways), then focused. `NOT_FOUND`
   * when history no longer holds it (deleted); the window then stays as it was.
   */
  jumpTo = (sessionId: SessionId, target: { idClient: string; time: number }): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      const ref = checkObject(target, 'target');
      const idClient = checkId(ref.idClient, 'target.idClient');
      const time = checkTime(ref.time, 'target.time');
      const { events } = this;
      if (!selectMessage(events.state().messages[sessionId], idClient)) {
        this.connection.require();
        const pages = await loadAround(this.paging, sessionId, time);
        if (!pages.older.items.some((m) => m.idClient === idClient)) {
          throw new ChatError('NOT_FOUND', 'The message is not in the history any more', {
            details: { idClient },
          });
        }
        events.dispatch({ type: 'historyJump', sessionId, ...pages });
        // Paging continues from these pages; the newest page is not what the window holds.
        this.paging.opened.add(sessionId);
      }
      events.dispatch({ type: 'focus', sessionId, idClient });
    });
}

function applyOn(message: Message, me: string, key: string) {
  return applyReaction(message.reactions, me, { key, on: true }, Number.MAX_SAFE_INTEGER);
}

function textOf(message: Message): { body: string; editedAt?: number } {
  return message.editedAt === undefined
    ? { body: message.body }
    : { body: message.body, editedAt: message.editedAt };
}
