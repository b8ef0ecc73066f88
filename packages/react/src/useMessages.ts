import {
  type Chat,
  type ChatErrorInfo,
  type ChatState,
  type FileMessageType,
  type Message,
  type MessageWindow,
  type OutgoingContent,
  type SessionId,
  toChatError,
  windowMessages,
} from '@parley/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useChat } from './ChatContext.ts';
import { useChatStore } from './useChatStore.ts';

/** Options of {@link useMessages}. */
export interface UseMessagesOptions {
  /**
   * While mounted, the session is the active one: its unread stays 0 and incoming
   * messages are acknowledged with a read receipt. Default `true`.
   */
  markActive?: boolean;
}

/**
 * `Chat`'s commands on the messages of one session, the session id bound where they take
 * one, and two shorthands of `send`; stable while the session id is. What the backend
 * supports of replies, reactions and edits is `useChat().supports`.
 */
export interface MessageActions
  extends Pick<Chat, 'cancelUpload' | 'resend' | 'recall' | 'forward' | 'react' | 'edit'> {
  /** `Chat.send` to this session: the message shows as `sending` at once. */
  send: (content: OutgoingContent) => Promise<Message>;
  /** Sends a text message. */
  sendText: (text: string) => Promise<Message>;
  /** Sends a file; the type follows the MIME type unless given. Cancel with `cancelUpload`. */
  sendFile: (file: Blob, type?: FileMessageType) => Promise<Message>;
  /** `Chat.deleteMessages` of this session: deletes messages from my history only. */
  deleteMessages: (idClients: string[]) => Promise<void>;
  /**
   * `Chat.loadOlder` of this session; from `useMessages`, after a failed first page it asks
   * for the first page again.
   */
  loadOlder: () => Promise<void>;
  /** `Chat.loadNewer` of this session. */
  loadNewer: () => Promise<void>;
  /**
   * `Chat.jumpTo` in this session: brings a message (a reply's original) into view, loading
   * history around it when it is not loaded. Read the focus with `useMessageFocus`.
   */
  jumpTo: (target: { idClient: string; time: number }) => Promise<void>;
}

/** What {@link useMessages} returns. */
export interface UseMessagesResult extends MessageActions {
  /** The loaded window, oldest to newest. Stable until it changes. */
  messages: readonly Message[];
  hasMoreOlder: boolean;
  hasMoreNewer: boolean;
  loadingOlder: boolean;
  loadingNewer: boolean;
  /** Why the first page or a history page failed; `loadOlder` retries. */
  error: ChatErrorInfo | null;
  /** True until the first page arrived (false once it failed: see `error`). */
  loading: boolean;
}

const EMPTY: readonly Message[] = Object.freeze([]);

/** The file message type a MIME type suggests. */
export function fileTypeOf(file: Blob): FileMessageType {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('audio/')) return 'audio';
  if (file.type.startsWith('video/')) return 'video';
  return 'file';
}

function windowOf(sessionId: SessionId) {
  return (s: ChatState): MessageWindow | undefined => s.messages[sessionId];
}

/**
 * A session's messages and the commands on them. Loads the newest page when mounted and,
 * unless `markActive` is false, makes the session active (unread 0, receipts sent).
 */
export function useMessages(
  sessionId: SessionId,
  options: UseMessagesOptions = {},
): UseMessagesResult {
  const chat = useChat();
  const markActive = options.markActive ?? true;
  const selectWindow = useMemo(() => windowOf(sessionId), [sessionId]);
  const win = useChatStore(selectWindow);
  const connected = useChatStore((s) => s.connection.status === 'connected');
  // A failed first page leaves no window to hold its error, so it is kept here, per session.
  const [failed, setFailed] = useState<{ sessionId: SessionId; error: ChatErrorInfo } | null>(null);
  const openError = failed?.sessionId === sessionId ? failed.error : null;

  const open = useCallback(() => {
    setFailed(null);
    return chat.openSession(sessionId).catch((cause: unknown) => {
      setFailed({ sessionId, error: toChatError(cause).toJSON() });
    });
  }, [chat, sessionId]);

  // Asked once connected, and again each time the connection comes back: asking while still
  // connecting fails with NOT_CONNECTED, and a page asked for then would never come. Opening
  // an already opened session costs nothing.
  useEffect(() => {
    if (connected) void open();
  }, [connected, open]);

  useEffect(() => {
    if (!markActive) return;
    chat.setActiveSession(sessionId);
    return () => {
      if (chat.store.getState().activeSessionId === sessionId) chat.setActiveSession(null);
    };
  }, [chat, sessionId, markActive]);

  const messages = useMemo(() => {
    if (!win) return EMPTY;
    return windowMessages(win);
  }, [win]);

  const actions = useMessageActions(sessionId);
  const retryOpen = openError !== null;
  const loadOlder = useMemo(
    () => (retryOpen ? open : actions.loadOlder),
    [retryOpen, open, actions.loadOlder],
  );
  const error = win?.error ?? openError;
  return {
    messages,
    hasMoreOlder: win?.hasMoreOlder ?? false,
    hasMoreNewer: win?.hasMoreNewer ?? false,
    loadingOlder: win?.loadingOlder ?? false,
    loadingNewer: win?.loadingNewer ?? false,
    error,
    loading: error === null && (win === undefined || (win.ids.length === 0 && win.loadingOlder)),
    ...actions,
    loadOlder,
  };
}

/** The commands on one session's messages, without subscribing to its messages. */
export function useMessageActions(sessionId: SessionId): MessageActions {
  const chat = useChat();
  return useMemo(
    () => ({
      cancelUpload: chat.cancelUpload,
      resend: chat.resend,
      recall: chat.recall,
      forward: chat.forward,
      react: chat.react,
      edit: chat.edit,
      send: (content: OutgoingContent) => chat.send(sessionId, content),
      sendText: (text: string) => chat.send(sessionId, { type: 'text', body: text }),
      sendFile: (file: Blob, type?: FileMessageType) =>
        chat.send(sessionId, {
          type: type ?? fileTypeOf(file),
          file,
          name: file instanceof File ? file.name : undefined,
        }),
      deleteMessages: (idClients: string[]) => chat.deleteMessages(sessionId, idClients),
      loadOlder: () => chat.loadOlder(sessionId),
      loadNewer: () => chat.loadNewer(sessionId),
      jumpTo: (target: { idClient: string; time: number }) => chat.jumpTo(sessionId, target),
    }),
    [chat, sessionId],
  );
}
