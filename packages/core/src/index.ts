export type {
  Chat,
  ChatTarget,
  CreateChatOptions,
  OutgoingContent,
  ReceiptRequest,
} from './Chat.ts';
export { DEFAULT_RECALL_WINDOW_MS } from './controller/messageActions.ts';
export { createChat } from './createChat.ts';
export type { AdapterEvent, AdapterEventType, ConnectionStatus } from './model/AdapterEvent.ts';
export type {
  AdapterListener,
  ChatAdapter,
  ConnectInfo,
  DirectoryQuery,
  DirectoryResult,
  HistoryDelete,
  HistoryQuery,
  Page,
  PageQuery,
  SendOptions,
  SendRequest,
  TeamReceiptDetail,
} from './model/ChatAdapter.ts';
export type { ChatErrorCode, ChatErrorInfo } from './model/ChatError.ts';
export { ChatError, isChatError, toChatError } from './model/ChatError.ts';
export type {
  AttachByType,
  AudioAttach,
  CustomAttach,
  FileAttach,
  FileMessageType,
  GeoAttach,
  ImageAttach,
  Message,
  MessageBase,
  MessageStatus,
  MessageType,
  NotificationAttach,
  NotificationKind,
  RecallInfo,
  VideoAttach,
} from './model/Message.ts';
export { isCountable, isFileType, isMessageType, MESSAGE_TYPES } from './model/Message.ts';
export type { JsonValue, Scene, Session, SessionId, StickTopInfo } from './model/Session.ts';
export { emptySession, NOT_PINNED, parseSessionId, SCENES, toSessionId } from './model/Session.ts';
export type { Team, TeamMember, TeamRole, UserProfile } from './model/User.ts';
export type { VendorCodes, VendorOperation } from './model/vendorErrorCode.ts';
export { vendorErrorCode } from './model/vendorErrorCode.ts';
export { withDeadline } from './model/withDeadline.ts';
export { type IdbOutboxOptions, idbOutbox } from './outbox/idbOutbox.ts';
export { memoryOutbox } from './outbox/memoryOutbox.ts';
export type { OutboxEntry, OutboxStorage } from './outbox/OutboxStorage.ts';
export { DEFAULT_DIRECTORY_LIMIT, matchDirectory } from './rules/directoryMatch.ts';
export type { LocalMessages, LocalSessionQuery } from './rules/localSessionQuery.ts';
export { queryLocalSessions } from './rules/localSessionQuery.ts';
export { mergeMessage } from './rules/mergeMessage.ts';
// Pure rules, shared with backends (adapter-local's server imports them).
export { compareMessages, statusRank } from './rules/messageOrder.ts';
export {
  clampPageSize,
  MAX_PAGE_SIZE,
  MAX_SMALL_PAGE_SIZE,
  pageAfter,
  toPage,
} from './rules/paging.ts';
export { assertCanPin, comparePins, MAX_PINS, mergeStickTop } from './rules/pin.ts';
export { RecallMemory, recalledVersion } from './rules/recallMemory.ts';
export { isReadByPeer, isUnreadByMe, readStatus } from './rules/receipts.ts';
export type { SessionDeletion } from './rules/sessionDelete.ts';
export { reappearsAtLogin, revivesSession, survivesHistoryDelete } from './rules/sessionDelete.ts';
export type { ViewerContext } from './rules/sessionGeneration.ts';
export {
  applyMessageToSession,
  applyRecallToSession,
  newestMessage,
} from './rules/sessionGeneration.ts';
export type { OrderedSession, SessionLookup } from './rules/sessionOrder.ts';
export {
  compareSessions,
  indexOfSession,
  placeSession,
  removeSession,
} from './rules/sessionOrder.ts';
export type { TeamReceiptCounts } from './rules/teamReceipt.ts';
export { mergeTeamReceipt } from './rules/teamReceipt.ts';
export { countsTowardUnread, resetAck, resetUnread } from './rules/unread.ts';
// Argument checks, shared by Chat's actions and backends (the embedded server imports them).
export {
  checkBoolean,
  checkFile,
  checkFileName,
  checkId,
  checkIdClients,
  checkMessageRef,
  checkObject,
  checkOptional,
  checkScene,
  checkSessionId,
  checkSessionIds,
  checkString,
  checkText,
  checkTime,
  DEFAULT_MAX_TEXT_LENGTH,
  hasHiddenCharacters,
  invalidArgument,
  isBlob,
  MAX_FILE_NAME_LENGTH,
  MAX_ID_LENGTH,
} from './rules/validate.ts';
export type { SendLimits } from './rules/validateSendRequest.ts';
export {
  checkCustomAttach,
  checkGeoAttach,
  checkSendRequest,
} from './rules/validateSendRequest.ts';
export { applyEvent } from './store/applyEvent.ts';
export type {
  ChatState,
  ConnectionSlice,
  MessageWindow,
  SessionsSlice,
} from './store/ChatState.ts';
export { createChatStore, createInitialState, dispatch } from './store/createChatStore.ts';
export type { KeyedTable } from './store/KeyedTable.ts';
// Read-only helpers: writes stay inside the reducer.
export { tableGet, tableHas, tableKeys, tableSize, tableValues } from './store/KeyedTable.ts';
export type { UpsertMode } from './store/messageWindow.ts';
export { emptyWindow } from './store/messageWindow.ts';
export type { GoneMessage, SessionLedger, Timed } from './store/SessionLedger.ts';
export type { LocalEvent, StoreEvent } from './store/StoreEvent.ts';
export {
  localSessions,
  selectMessage,
  selectSession,
  sessionList,
  windowMessages,
} from './store/selectors.ts';
export { isVisible, sessionView } from './store/sessionView.ts';
