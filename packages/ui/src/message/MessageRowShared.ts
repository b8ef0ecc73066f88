import type { Message, ReplyRef } from '@parley/core';
import type { MessageRenderers } from './content/MessageRenderers.ts';
import type { MessageMenuProps } from './MessageMenu.tsx';

/** What a row's `MessageMenu` gets from the list; the row adds the message and the time. */
export type MessageRowMenu = Omit<
  MessageMenuProps,
  'message' | 'me' | 'now' | 'moreButton' | 'children' | 'onPickReaction' | 'reactions'
>;

/**
 * Everything rows share: actions and lookups. The list builds it once per session, so
 * passing it never re-renders a row.
 */
export interface MessageRowShared {
  sessionId: string;
  me: string;
  renderers: MessageRenderers;
  getName: (account: string) => string;
  /** Current server time, for the recall window. */
  now: () => number;
  /**
   * The menu's actions and the backend's recall window, handed to each row's `MessageMenu`
   * as they are: a new action is a prop of the menu and a handler in `MessageList`, nothing
   * in between.
   */
  menu: MessageRowMenu;
  cancelUpload: (message: Message) => void;
  /** Puts a recalled text of mine back into the input. */
  reEdit?: (message: Message, text: string) => void;
  /** Toggles my reaction; absent when the backend has no reactions (nothing offers them). */
  react?: (message: Message, key: string) => void;
  /** Shows the original of a reply; absent, quotes are not interactive. */
  jumpTo?: (reply: ReplyRef) => void;
}
