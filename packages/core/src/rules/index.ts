/**
 * `@parley/core/rules`: the rules every backend shares, so that no adapter writes one again.
 *
 * - session ids: `parseSessionId`, `toSessionId`, `SCENES`
 * - message types: `MESSAGE_TYPES`, `isMessageType`, `isFileType`, `isCountable`
 * - defaults and limits: `emptySession`, `NOT_PINNED`, `DEFAULT_RECALL_WINDOW_MS`, `MAX_PINS`,
 *   `DEFAULT_MAX_TEXT_LENGTH`, `MAX_ID_LENGTH`, `MAX_PAGE_SIZE`, `MAX_SMALL_PAGE_SIZE`
 * - argument checks: `checkSendRequest` and the `check*` of each argument, `invalidArgument`
 * - paging and cursors (rules 6, 7): `clampPageSize`, `pageAfter`, `toPage`
 * - ordering and merging (rule 1): `compareMessages`, `newestMessage`, `mergeMessage`
 * - unread and receipts (rules 2, 3): `countsTowardUnread`, `isReadByPeer`, `isUnreadByMe`,
 *   `readStatus`
 * - pins (rule 4): `assertCanPin`
 * - deletes and visibility (rule 6): `survivesHistoryDelete`
 * - replies, reactions and edits: `replyRefOf`, `quoteState`, `applyReaction`,
 *   `mergeReactions`, `summarizeReactions`, `myReactionKeys`, `reactionKeyCount`,
 *   `MAX_REACTION_KEYS`, `applyEdit`, `checkReactionKey`, `checkReplyRef`; for backends whose
 *   history holds reactions and edits as entries of their own: `FoldMemory`, `editAllowed`
 * - directory matching and the local session query: `matchDirectory`, `queryLocalSessions`
 * - for adapters over vendor SDKs: `RecallMemory` (the recall notices a server drops from
 *   history), `withDeadline` (a bound on a sign-in the SDK would retry for minutes),
 *   `vendorErrorCode` with `VendorCodes` and `VendorOperation` (an SDK's status codes read
 *   into `ChatError` codes)
 *
 * Chats apply the same rules in their store.
 */
export { isCountable, isFileType, isMessageType, MESSAGE_TYPES } from '../model/Message.ts';
export { emptySession, NOT_PINNED } from '../model/Session.ts';
export { parseSessionId, SCENES, toSessionId } from '../model/SessionId.ts';
export { matchDirectory } from './directoryMatch.ts';
export { applyEdit } from './edit.ts';
export { editAllowed, type Fold, FoldMemory } from './foldMemory.ts';
export type { LocalMessages, LocalSessionQuery } from './localSessionQuery.ts';
export { queryLocalSessions } from './localSessionQuery.ts';
export { mergeMessage } from './mergeMessage.ts';
export { compareMessages } from './messageOrder.ts';
export { newestMessage } from './newestMessage.ts';
export { clampPageSize, MAX_PAGE_SIZE, MAX_SMALL_PAGE_SIZE, pageAfter, toPage } from './paging.ts';
export { assertCanPin, MAX_PINS } from './pin.ts';
export {
  applyReaction,
  MAX_REACTION_KEYS,
  mergeReactions,
  myReactionKeys,
  type ReactionSummary,
  reactionKeyCount,
  summarizeReactions,
} from './reactions.ts';
export { DEFAULT_RECALL_WINDOW_MS } from './recall.ts';
export { RecallMemory } from './recallMemory.ts';
export { recallTip } from './recallTip.ts';
export { isReadByPeer, isUnreadByMe, readStatus } from './receipts.ts';
export { MAX_REPLY_PREVIEW_LENGTH, type QuoteState, quoteState, replyRefOf } from './reply.ts';
export { survivesHistoryDelete } from './sessionDelete.ts';
export { countsTowardUnread } from './unread.ts';
export {
  checkBoolean,
  checkFile,
  checkFileName,
  checkId,
  checkIdClients,
  checkObject,
  checkOptional,
  checkReactionKey,
  checkScene,
  checkSessionId,
  checkSessionIds,
  checkString,
  checkText,
  checkTime,
  DEFAULT_MAX_TEXT_LENGTH,
  invalidArgument,
  MAX_ID_LENGTH,
  MAX_REACTION_KEY_LENGTH,
} from './validate.ts';
export type { SendLimits } from './validateSendRequest.ts';
export {
  checkCustomAttach,
  checkGeoAttach,
  checkReplyRef,
  checkSendRequest,
} from './validateSendRequest.ts';
export type { VendorCodes, VendorOperation } from './vendorErrorCode.ts';
export { vendorErrorCode } from './vendorErrorCode.ts';
export { withDeadline } from './withDeadline.ts';
