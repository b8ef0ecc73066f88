import type { Message } from '@parley/core';
import { countsTowardUnread } from '@parley/core/rules';
import { isSystemMessage } from '../message/MessageBubble.tsx';

/** Consecutive messages of one sender closer than this are grouped (ms). */
export const GROUP_WINDOW_MS = 5 * 60_000;

/** What a row shows around its message, derived from its neighbours. */
export interface RowLayout {
  /** A day boundary precedes the message. */
  showDate: boolean;
  /** Same sender as the previous bubble, within {@link GROUP_WINDOW_MS}, same day. */
  grouped: boolean;
}

function sameDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return (
    x.getFullYear() === y.getFullYear() &&
    x.getMonth() === y.getMonth() &&
    x.getDate() === y.getDate()
  );
}

/**
 * Layout of the row at `index`. The first loaded message gets its day only at the start of
 * the session (`atStart`): while older pages may still come, its day may be the same
 * as theirs, and a label that disappears when they are prepended would shift the rows the
 * reader is looking at.
 */
export function rowLayout(messages: readonly Message[], index: number, atStart = true): RowLayout {
  const message = messages[index];
  const previous = index > 0 ? messages[index - 1] : undefined;
  if (!message) return { showDate: false, grouped: false };
  if (!previous) return { showDate: atStart, grouped: false };
  const showDate = !sameDay(previous.time, message.time);
  const grouped =
    !showDate &&
    previous.from === message.from &&
    !isSystemMessage(previous) &&
    !isSystemMessage(message) &&
    message.time - previous.time < GROUP_WINDOW_MS;
  return { showDate, grouped };
}

/** Read state of a session when it was opened, before opening reset it. */
export interface UnreadMark {
  /** Everything at or before this time was read (server ms). */
  ack: number;
  /** Unread count at that moment. */
  unread: number;
}

/**
 * Index of the first message that was unread when the session was opened, or -1: the first
 * message that counts toward unread (not mine, countable, not recalled) newer than `ack`.
 * Until a read message or the start of the session (`atStart`) is loaded before it,
 * the first unread one may still be in an older page: no index then, so the divider never
 * jumps up the list (shifting what the reader sees) as those pages arrive.
 */
export function firstUnreadIndex(
  messages: readonly Message[],
  mark: UnreadMark | null,
  me: string,
  atStart = true,
): number {
  if (!mark || mark.unread <= 0) return -1;
  // Newest first: the unread run is at the end, usually a few messages of a long window.
  let found = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (!message || message.time <= mark.ack) return found;
    if (countsTowardUnread(message, me, mark.ack)) found = i;
  }
  return atStart ? found : -1;
}
