import type { Message } from '@parley/core';
import type { MessageRenderers } from './content/MessageRenderers.ts';

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
  /** The backend's recall window, ms (`chat.recallWindowMs`). */
  recallWindowMs: number;
  resend: (message: Message) => void;
  recall: (message: Message) => void;
  remove: (message: Message) => void;
  /** Opens the forward picker; absent when forwarding is off. */
  forward?: (message: Message) => void;
  cancelUpload: (message: Message) => void;
  /** Puts a recalled text of mine back into the input. */
  reEdit?: (message: Message, text: string) => void;
}
