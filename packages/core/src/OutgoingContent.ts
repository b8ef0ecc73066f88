import type { CustomAttach, FileMessageType, GeoAttach, Message } from './model/Message.ts';

/** Per-send options of content that team members can read. */
export interface ReceiptRequest {
  /**
   * Team and superTeam sessions: ask members for read receipts, so the message carries
   * `teamReceipt` counts. Ignored in p2p sessions (their receipts are per session).
   * Default: `CreateChatOptions.teamReceipts`.
   */
  needReceipt?: boolean;
}

/** Per-send options of content that can quote a message. */
export interface ReplyRequest {
  /**
   * The message of the same session this one replies to; the message keeps a snapshot of it
   * (`Message.replyTo`). `UNSUPPORTED` when the adapter has no `replies`; a recalled message
   * cannot be quoted (`INVALID_STATE`).
   */
  replyTo?: Message;
}

/** Content the app asks to send; the controller fills ids, times and status. */
export type OutgoingContent =
  | ({ type: 'text'; body: string } & ReceiptRequest & ReplyRequest)
  | { type: 'tip'; body: string; countable?: boolean }
  | ({ type: 'custom'; body?: string; attach: CustomAttach } & ReceiptRequest & ReplyRequest)
  | ({ type: 'geo'; body?: string; attach: GeoAttach } & ReceiptRequest & ReplyRequest)
  | ({ type: FileMessageType; file: Blob; name?: string; body?: string } & ReceiptRequest &
      ReplyRequest);
