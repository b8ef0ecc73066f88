import { useChat, useConnection, useMessageActions, useSession } from '@parley/react';
import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { MessageInput } from '../input/MessageInput.tsx';
import { sendErrorMessage } from './sendErrorMessage.ts';

/** Typing notices go out at most this often (ms). */
const TYPING_INTERVAL = 3000;

/** Props of {@link PaneComposer}. */
export interface PaneComposerProps {
  sessionId: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/**
 * The pane's input: the session's draft (kept per session on this device), sends text and
 * files, tells the peer I am typing, and is disabled with the reason while offline. Mount it
 * with `key={sessionId}`.
 */
export function PaneComposer({ sessionId, inputRef }: PaneComposerProps) {
  const t = useT();
  const chat = useChat();
  const { draft, setDraft } = useSession(sessionId);
  const { sendText, sendFile } = useMessageActions(sessionId);
  const { status } = useConnection();
  const lastTyping = useRef(0);
  // The text lives here and is saved as the draft: a session not in the store yet (a new
  // peer) keeps no draft, and its input must still work. Store changes (Re-edit) flow in.
  const [text, setText] = useState(draft);
  const [savedDraft, setSavedDraft] = useState(draft);
  const [error, setError] = useState('');
  if (draft !== savedDraft) {
    setSavedDraft(draft);
    setText(draft);
  }
  // The text on screen, for a refused send that answers after later edits.
  const shown = useRef(text);
  useEffect(() => {
    shown.current = text;
  }, [text]);

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      setDraft(value);
      setError('');
      const now = Date.now();
      if (value !== '' && now - lastTyping.current > TYPING_INTERVAL) {
        lastTyping.current = now;
        chat.sendTyping(sessionId);
      }
    },
    [chat, sessionId, setDraft],
  );
  // A failed send shows on the message itself, with Resend. A send refused before its
  // message appeared (no such team, a file that cannot be sent) is said here, and refused
  // text goes back into the input unless something new was typed meanwhile.
  const onSend = useCallback(
    (sent: string) =>
      void sendText(sent).catch((cause: unknown) => {
        const message = sendErrorMessage(t, cause);
        if (message === null) return;
        setError(message);
        if (shown.current !== '') return;
        setText(sent);
        setDraft(sent);
      }),
    [sendText, setDraft, t],
  );
  const onSendFiles = useCallback(
    (files: File[]) => {
      for (const file of files) {
        sendFile(file).catch((cause: unknown) => {
          const message = sendErrorMessage(t, cause, file);
          if (message !== null) setError(message);
        });
      }
    },
    [sendFile, t],
  );

  const disabled = status !== 'connected';
  return (
    <MessageInput
      ref={inputRef}
      value={text}
      onChange={onChange}
      onSend={onSend}
      onSendFiles={onSendFiles}
      disabled={disabled}
      disabledReason={disabled ? t('input.disconnected') : undefined}
      error={error}
      maxLength={chat.maxTextLength}
    />
  );
}
