// The contract: the chat and its options, the adapter contract and its events, the model,
// errors, the outboxes a chat takes, and the state with the selectors that read it. The
// rules backends share are in `@parley/core/rules`; the adapter test suite in
// `@parley/core/testing`.
export type { Chat } from './Chat.ts';
export type { CreateChatOptions } from './ChatOptions.ts';
export type { ChatTarget } from './ChatTarget.ts';
export type { ChatSupports } from './chat/InteractionCommands.ts';
export { createChat } from './createChat.ts';
export type {
  AdapterEvent,
  AdapterEventType,
  ConnectionStatus,
  ReactionChange,
} from './model/AdapterEvent.ts';
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
export type { JsonValue } from './model/JsonValue.ts';
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
  MessageReactions,
  MessageStatus,
  MessageType,
  NotificationAttach,
  NotificationKind,
  ReactionMark,
  RecallInfo,
  ReplyRef,
  VideoAttach,
} from './model/Message.ts';
export type { Session, StickTopInfo } from './model/Session.ts';
export type { Scene, SessionId } from './model/SessionId.ts';
export type { Team, TeamMember, TeamRole, UserProfile } from './model/User.ts';
export type { OutgoingContent, ReceiptRequest, ReplyRequest } from './OutgoingContent.ts';
export { type IdbOutboxOptions, idbOutbox } from './outbox/idbOutbox.ts';
export { memoryOutbox } from './outbox/memoryOutbox.ts';
export type { OutboxEntry, OutboxStorage } from './outbox/OutboxStorage.ts';
export type { LocalSessionQuery } from './rules/localSessionQuery.ts';
export {
  MAX_REACTION_KEYS,
  myReactionKeys,
  type ReactionSummary,
  summarizeReactions,
} from './rules/reactions.ts';
export { type QuoteState, quoteState } from './rules/reply.ts';
export type {
  ChatState,
  ConnectionSlice,
  MessageFocus,
  MessageWindow,
  SessionsSlice,
} from './store/ChatState.ts';
export type { KeyedTable } from './store/KeyedTable.ts';
// Read-only: the store is written by the chat alone.
export { tableGet, tableHas, tableKeys, tableSize, tableValues } from './store/KeyedTable.ts';
export {
  localSessions,
  messageGone,
  selectMessage,
  selectSession,
  sessionList,
  windowMessages,
} from './store/selectors.ts';
