import { useChat, useConnection, useMessageActions, useSession } from '@parley/react';
import { type Ref, useCallback, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { MessageInput } from '../input/MessageInput.tsx';

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
  // The text lives here and is saved as the draft: a conversation not in the store yet (a new
  // peer) keeps no draft, and its input must still work. Store changes (Re-edit) flow in.
  const [text, setText] = useState(draft);
  const [savedDraft, setSavedDraft] = useState(draft);
  if (draft !== savedDraft) {
    setSavedDraft(draft);
    setText(draft);
  }

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      setDraft(value);
      const now = Date.now();
      if (value !== '' && now - lastTyping.current > TYPING_INTERVAL) {
        lastTyping.current = now;
        chat.sendTyping(sessionId);
      }
    },
    [chat, sessionId, setDraft],
  );
  // A failed send shows on the message itself, with Resend.
  const onSend = useCallback(
    (text: string) => void sendText(text).catch(() => undefined),
    [sendText],
  );
  const onSendFiles = useCallback(
    (files: File[]) => {
      for (const file of files) sendFile(file).catch(() => undefined);
    },
    [sendFile],
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
    />
  );
}
