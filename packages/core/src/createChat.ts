import type { Chat, CreateChatOptions } from './Chat.ts';
import { createChatContext, guard } from './controller/ChatContext.ts';
import { checkOptions } from './controller/checkOptions.ts';
import { connect, disconnect, loadSessionsPage } from './controller/connectActions.ts';
import { searchDirectory, startChat } from './controller/directoryActions.ts';
import { afterAdapterEvent, handleAdapterEvent } from './controller/handleAdapterEvent.ts';
import { loadMore, openSession } from './controller/historyActions.ts';
import {
  deleteAllLocalSessions,
  insertLocalSession,
  setDraft,
  updateLocalSession,
} from './controller/localSessionActions.ts';
import {
  deleteHistoryBefore,
  deleteMessages,
  getTeamReceiptDetail,
  recall,
  recallWindowOf,
  sendReceipt,
  sendTyping,
} from './controller/messageActions.ts';
import { cancelUpload, forward, resend, send } from './controller/sendActions.ts';
import {
  deleteSessions,
  markAllRead,
  markSessionRead,
  pin,
  setActiveSession,
  setMute,
  setSessionExt,
  unpin,
  updatePinExt,
} from './controller/sessionActions.ts';
import { checkSessionId } from './rules/validate.ts';
import { createChatStore } from './store/createChatStore.ts';

/**
 * Creates a chat instance: a store fed by `options.adapter` and the seeds' operations as
 * actions. Subscribes to the adapter at once; call `connect()` to sign in and load the list.
 * @throws ChatError `INVALID_ARGUMENT` naming the option when an option is out of range
 */
export function createChat(options: CreateChatOptions): Chat {
  const { adapter, persistence, ...settings } = checkOptions(options);
  const store = createChatStore();
  const context = createChatContext(
    { adapter, store, outbox: persistence, ...settings },
    (event, before, after) => afterAdapterEvent(context, event, before, after),
  );
  const unsubscribe = adapter.subscribe((event) => handleAdapterEvent(context, event));

  return {
    store,
    adapter,
    maxTextLength: settings.maxTextLength,
    recallWindowMs: recallWindowOf(adapter),
    connect: () => connect(context),
    serverNow: () => context.serverNow(),
    disconnect: () => disconnect(context),
    destroy() {
      context.destroyed = true;
      unsubscribe();
      for (const upload of context.uploads.values()) upload.abort();
    },
    setActiveSession: (sessionId) => setActiveSession(context, sessionId),
    markSessionRead: (sessionId) =>
      guard('INTERNAL', () => {
        checkSessionId(sessionId);
        context.requireConnected();
        return markSessionRead(context, sessionId);
      }),
    markAllRead: () => markAllRead(context),
    pin: (sessionId, ext) => pin(context, sessionId, ext),
    unpin: (sessionId) => unpin(context, sessionId),
    updatePinExt: (sessionId, ext) => updatePinExt(context, sessionId, ext),
    setMute: (sessionId, mute) => setMute(context, sessionId, mute),
    setSessionExt: (sessionId, ext) => setSessionExt(context, sessionId, ext),
    deleteSession: (sessionId, deleteOptions) =>
      guard('INTERNAL', () => {
        checkSessionId(sessionId);
        return deleteSessions(context, [sessionId], deleteOptions);
      }),
    deleteSessions: (sessionIds, deleteOptions) =>
      deleteSessions(context, sessionIds, deleteOptions),
    deleteAllLocalSessions: () => deleteAllLocalSessions(context),
    updateLocalSession: (sessionId, localCustom) =>
      updateLocalSession(context, sessionId, localCustom),
    insertLocalSession: (target) => insertLocalSession(context, target),
    setDraft: (sessionId, draft) => setDraft(context, sessionId, draft),
    loadMoreSessions: () =>
      guard('INTERNAL', () => {
        context.requireConnected();
        return loadSessionsPage(context, false);
      }),
    searchDirectory: (text, searchOptions) => searchDirectory(context, text, searchOptions),
    startChat: (target) => startChat(context, target),
    openSession: (sessionId) => openSession(context, sessionId),
    loadOlder: (sessionId) => loadMore(context, sessionId, 'older'),
    loadNewer: (sessionId) => loadMore(context, sessionId, 'newer'),
    send: (sessionId, content) => send(context, sessionId, content),
    cancelUpload: (idClient) => cancelUpload(context, idClient),
    resend: (message) => resend(context, message),
    forward: (message, toSessionId) => forward(context, message, toSessionId),
    recall: (message) => recall(context, message),
    deleteMessages: (sessionId, idClients) => deleteMessages(context, sessionId, idClients),
    deleteHistoryBefore: (sessionId, time) => deleteHistoryBefore(context, sessionId, time),
    sendReceipt: (sessionId) => sendReceipt(context, sessionId),
    getTeamReceiptDetail: (message) => getTeamReceiptDetail(context, message),
    sendTyping: (sessionId) => sendTyping(context, sessionId),
  };
}
