import type { Message } from '@parley/core';

/** What the composer does with the next text besides sending it: quote a message, or edit one. */
export interface ComposeTarget {
  kind: 'reply' | 'edit';
  message: Message;
  /** Edit: the text to start from. Default the message's body (a failed save passes what was typed). */
  text?: string;
}
