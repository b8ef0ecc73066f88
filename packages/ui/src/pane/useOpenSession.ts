import { type ChatErrorInfo, toChatError } from '@parley/core';
import { useChat, useConnection } from '@parley/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Makes sure the session's first page gets loaded: `useMessages` asks once on mount, which fails
 * while the chat is still connecting, and hides why. This asks on mount and whenever the
 * connection comes (back) up without a window, and keeps the failure for a retry.
 */
export function useOpenSession(sessionId: string, hasWindow: boolean) {
  const chat = useChat();
  const { status } = useConnection();
  const [error, setError] = useState<ChatErrorInfo | null>(null);
  const wasConnected = useRef(status === 'connected');
  const first = useRef(true);
  const hasWindowRef = useRef(hasWindow);
  hasWindowRef.current = hasWindow;

  const open = useCallback(() => {
    setError(null);
    chat.openSession(sessionId).catch((cause: unknown) => setError(toChatError(cause).toJSON()));
  }, [chat, sessionId]);

  useEffect(() => {
    const was = wasConnected.current;
    wasConnected.current = status === 'connected';
    // On mount too: `useMessages` swallows its own failure, so a first page that fails while
    // connected would spin forever. This costs a second request for a session's first page.
    if (status === 'connected' && (!was || first.current) && !hasWindowRef.current) open();
    first.current = false;
  }, [status, open]);

  return { openError: hasWindow ? null : error, open };
}
