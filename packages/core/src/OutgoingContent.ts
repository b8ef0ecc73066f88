import type { CustomAttach, FileMessageType, GeoAttach } from './model/Message.ts';

/** Per-send options of content that team members can read. */
export interface ReceiptRequest {
  /**
   * Team and superTeam sessions: ask members for read receipts, so the message carries
   * `teamReceipt` counts. Ignored in p2p sessions (their receipts are per session).
   * Default: `CreateChatOptions.teamReceipts`.
   */
  needReceipt?: boolean;
}

/** Content the app asks to send; the controller fills ids, times and status. */
export type OutgoingContent =
  | ({ type: 'text'; body: string } & ReceiptRequest)
  | { type: 'tip'; body: string; countable?: boolean }
  | ({ type: 'custom'; body?: string; attach: CustomAttach } & ReceiptRequest)
  | ({ type: 'geo'; body?: string; attach: GeoAttach } & ReceiptRequest)
  | ({ type: FileMessageType; file: Blob; name?: string; body?: string } & ReceiptRequest);
