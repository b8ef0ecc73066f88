import { ChatError } from '@parley/core';
import type { EasemobChat } from 'easemob-websdk';

type Connection = EasemobChat.Connection;
/** A connection method as the adapter calls it (the SDK types `this` as the whole class). */
type Method<K extends keyof Connection> = OmitThisParameter<Connection[K]>;

/** The SDK events the adapter listens to (`conn.addEventHandler(id, handlers)`). */
export type EasemobHandlers = Pick<
  EasemobChat.EventHandlerType,
  | 'onConnected'
  | 'onDisconnected'
  | 'onReconnecting'
  | 'onMessage'
  | 'onChannelMessage'
  | 'onReadMessage'
  | 'onRecallMessage'
  | 'onMultiDeviceEvent'
  | 'onGroupEvent'
  | 'onReactionChange'
  | 'onModifiedMessage'
>;

/**
 * A connection made by the app with `new EasemobChat.connection({ appKey })`, as far as the
 * adapter uses it: the calls seed 002 names plus sending, receipts, recall, reactions, message
 * modification and profiles.
 */
export interface EasemobConnection {
  readonly context?: { readonly userId?: string };
  isOpened: Method<'isOpened'>;
  close: Method<'close'>;
  send: Method<'send'>;
  addEventHandler: Method<'addEventHandler'>;
  removeEventHandler: Method<'removeEventHandler'>;
  getServerConversations: Method<'getServerConversations'>;
  getServerPinnedConversations: Method<'getServerPinnedConversations'>;
  pinConversation: Method<'pinConversation'>;
  deleteConversation: Method<'deleteConversation'>;
  getHistoryMessages: Method<'getHistoryMessages'>;
  removeHistoryMessages: Method<'removeHistoryMessages'>;
  recallMessage: Method<'recallMessage'>;
  fetchUserInfoById: Method<'fetchUserInfoById'>;
  getGroupInfo: Method<'getGroupInfo'>;
  getGroupMembers: Method<'getGroupMembers'>;
  getGroupMsgReadUser: Method<'getGroupMsgReadUser'>;
  addReaction: Method<'addReaction'>;
  deleteReaction: Method<'deleteReaction'>;
  getReactionDetail: Method<'getReactionDetail'>;
  modifyMessage: Method<'modifyMessage'>;
}

const REQUIRED = [
  'isOpened',
  'close',
  'send',
  'addEventHandler',
  'removeEventHandler',
  'getServerConversations',
  'getHistoryMessages',
] as const;

/**
 * Checks that `conn` is an SDK connection.
 * @throws ChatError `INVALID_ARGUMENT` naming what is missing
 */
export function assertConnection(conn: EasemobConnection): void {
  const missing = REQUIRED.filter((key) => typeof conn?.[key] !== 'function');
  if (missing.length > 0) {
    throw new ChatError(
      'INVALID_ARGUMENT',
      `createEasemobAdapter needs a connection from new EasemobChat.connection(…); missing: ${missing.join(', ')}`,
    );
  }
}
