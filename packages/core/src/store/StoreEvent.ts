import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { Page } from '../model/ChatAdapter.ts';
import type { ChatErrorInfo } from '../model/ChatError.ts';
import type { JsonValue } from '../model/JsonValue.ts';
import type { Message, ReactionMark } from '../model/Message.ts';
import type { Session } from '../model/Session.ts';
import type { Scene, SessionId } from '../model/SessionId.ts';
import type { ChatState } from './ChatState.ts';

/** Changes the controller makes itself (results of queries and local-only operations). */
export type LocalEvent =
  | { type: 'signedIn'; me: string }
  /** Sessions as the server reported them (pages, pinned list, ext updates). */
  | { type: 'sessionSnapshots'; sessions: Session[] }
  | { type: 'sessionsPage'; cursor: string; hasMore: boolean }
  | { type: 'sessionsLoading'; loading: boolean; error?: ChatErrorInfo | null }
  /** The on-screen session; its unread resets and stays 0. */
  | { type: 'activate'; sessionId: SessionId | null }
  /** Rule 2 reset of one session by this device. */
  | { type: 'reset'; sessionId: SessionId }
  /** Store-only delete: hides until the next login (rule 5). */
  | { type: 'localDelete'; sessionIds: SessionId[]; clearHistory: boolean }
  | { type: 'localInsert'; scene: Scene; to: string; updateTime: number }
  | { type: 'localCustom'; sessionId: SessionId; localCustom: Record<string, JsonValue> }
  | { type: 'draft'; sessionId: SessionId; draft: string }
  /** An optimistic message (`sending`), entering before the adapter answers. */
  | { type: 'outgoing'; message: Message }
  | { type: 'sendProgress'; sessionId: SessionId; idClient: string; progress: number }
  | { type: 'sendFailed'; sessionId: SessionId; idClient: string; error: ChatErrorInfo }
  | { type: 'resend'; sessionId: SessionId; idClient: string }
  | {
      type: 'historyPage';
      sessionId: SessionId;
      /** `latest` replaces the window's newest end; `older`/`newer` extend it. */
      direction: 'latest' | 'older' | 'newer';
      page: Page<Message>;
    }
  | {
      type: 'historyLoading';
      sessionId: SessionId;
      direction: 'older' | 'newer';
      loading: boolean;
      error?: ChatErrorInfo | null;
    }
  /**
   * `jumpTo`: the window is replaced by history around a message: `older` (up to and with
   * it) and `newer` (after it), so paging continues both ways from there.
   */
  | { type: 'historyJump'; sessionId: SessionId; older: Page<Message>; newer: Page<Message> }
  /** Bring a loaded message into view and highlight it. */
  | { type: 'focus'; sessionId: SessionId; idClient: string }
  /**
   * My optimistic reaction mark failed: the mark before it (`previous`; null: none) comes
   * back, unless a change from the server replaced the optimistic mark meanwhile.
   */
  | {
      type: 'reactionRollback';
      sessionId: SessionId;
      idClient: string;
      account: string;
      key: string;
      optimistic: ReactionMark;
      previous: ReactionMark | null;
    }
  /**
   * My optimistic edit failed: the text before it comes back, unless a later edit or a
   * recall replaced it meanwhile.
   */
  | {
      type: 'editRollback';
      sessionId: SessionId;
      idClient: string;
      optimistic: EditedText;
      previous: EditedText;
    };

/** A message's text and the time of the edit that produced it (absent: never edited). */
export interface EditedText {
  body: string;
  editedAt?: number;
}

/** Everything the store reducer accepts. */
export type StoreEvent = AdapterEvent | LocalEvent;

/** The store event of one `type`. */
export type EventOf<K extends StoreEvent['type']> = Extract<StoreEvent, { type: K }>;

/** What the store does with one event of type `K`: a pure function of the state and the event. */
export type EventHandler<K extends StoreEvent['type']> = (
  state: ChatState,
  event: EventOf<K>,
) => ChatState;

/** One handler for each store event type. */
export type EventHandlers = { [K in StoreEvent['type']]: EventHandler<K> };
