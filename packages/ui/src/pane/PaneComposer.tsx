import { useChat, useConnection, useMessageActions, useSession } from '@parley/react';
import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { useLocale } from '../i18n/useT.ts';
import { MessageInput } from '../input/MessageInput.tsx';
import { lazyPopup } from '../internal/lazyPopup.tsx';
import { messageSummary } from '../session/sessionPreview.ts';
import type { ComposeTarget } from './ComposeTarget.ts';
import { editErrorMessage, sendErrorMessage } from './sendErrorMessage.ts';
import { useLastEditable } from './useLastEditable.ts';

// Shown only after Reply (from the lazily loaded menu) or Arrow Up: not in the first render.
const ComposerQuote = lazyPopup((popups) => popups.ComposerQuote);

/** Typing notices go out at most this often (ms). */
const TYPING_INTERVAL = 3000;

/** Props of {@link PaneComposer}. */
export interface PaneComposerProps {
  sessionId: string;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** The message being replied to or edited (from the list's Reply and Edit); null for none. */
  target?: ComposeTarget | null;
  /**
   * The composer starts (Arrow Up: edit my last message) or ends (sent, saved, cancelled) a
   * reply or an edit. Without it Arrow Up does nothing.
   */
  onTargetChange?: (target: ComposeTarget | null) => void;
}

/**
 * The pane's input: the session's draft (kept per session on this device), sends text and
 * files, tells the peer I am typing, and is disabled with the reason while offline. A reply
 * quotes its message above the input; an edit puts my message's text in the input, Enter
 * saves it and Escape gives the draft back. Mount it with `key={sessionId}`.
 */
export function PaneComposer({
  sessionId,
  inputRef,
  target = null,
  onTargetChange,
}: PaneComposerProps) {
  const { t, format } = useLocale();
  const chat = useChat();
  const { draft, setDraft } = useSession(sessionId);
  const { send, sendText, sendFile, edit } = useMessageActions(sessionId);
  const { status, me } = useConnection();
  const lastEditable = useLastEditable(sessionId);
  const lastTyping = useRef(0);
  // The text lives here and is saved as the draft: a session not in the store yet (a new
  // peer) keeps no draft, and its input must still work. Store changes (Re-edit) flow in.
  const [text, setText] = useState(draft);
  const [savedDraft, setSavedDraft] = useState(draft);
  const [error, setError] = useState('');
  // While editing, the input holds the edited text; the draft waits here and comes back after.
  const [editing, setEditing] = useState<ComposeTarget | null>(null);
  const editTarget = target?.kind === 'edit' ? target : null;
  if (editTarget !== editing) {
    setEditing(editTarget);
    if (editTarget) setText(editTarget.text ?? editTarget.message.body);
    else setText(draft);
  }
  if (draft !== savedDraft) {
    setSavedDraft(draft);
    if (!editTarget) setText(draft);
  }
  // The text on screen, for a refused send that answers after later edits.
  const shown = useRef(text);
  const savedDraftRef = useRef(draft);
  useEffect(() => {
    shown.current = text;
    savedDraftRef.current = draft;
  }, [text, draft]);

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      if (!editTarget) setDraft(value);
      setError('');
      const now = Date.now();
      if (value !== '' && now - lastTyping.current > TYPING_INTERVAL) {
        lastTyping.current = now;
        chat.sendTyping(sessionId);
      }
    },
    [chat, sessionId, setDraft, editTarget],
  );
  // A failed send shows on the message itself, with Resend. A send refused before its
  // message appeared (no such team, a file that cannot be sent) is said here, and refused
  // text goes back into the input unless something new was typed meanwhile.
  const onSend = useCallback(
    (sent: string) => {
      if (editTarget) {
        const { message } = editTarget;
        onTargetChange?.(null);
        // Optimistic: the list shows the new text at once and takes it back on failure.
        edit(message, sent).catch((cause: unknown) => {
          // Back into edit mode with what was typed, unless a new edit or reply began.
          setError(editErrorMessage(t, cause));
          if (shown.current === '' || shown.current === savedDraftRef.current)
            onTargetChange?.({ kind: 'edit', message, text: sent });
        });
        return;
      }
      const replyTo = target?.kind === 'reply' ? target : null;
      if (replyTo) onTargetChange?.(null);
      const sending = replyTo
        ? send({ type: 'text', body: sent, replyTo: replyTo.message })
        : sendText(sent);
      sending.catch((cause: unknown) => {
        const message = sendErrorMessage(t, cause);
        if (message === null) return;
        setError(message);
        if (shown.current !== '') return;
        setText(sent);
        setDraft(sent);
        if (replyTo) onTargetChange?.(replyTo);
      });
    },
    [send, sendText, edit, setDraft, t, target, editTarget, onTargetChange],
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
  const onEditLast = useCallback(() => {
    const message = lastEditable();
    if (message) onTargetChange?.({ kind: 'edit', message });
  }, [lastEditable, onTargetChange]);

  const disabled = status !== 'connected';
  const quoted = target?.message;
  const nameOf = (account: string) => chat.store.getState().users[account]?.nick || account;
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
      editing={editTarget !== null}
      quote={
        target && quoted ? (
          <ComposerQuote
            kind={target.kind}
            senderName={quoted.from === me ? t('common.you') : nameOf(quoted.from)}
            preview={messageSummary(quoted, { me, getName: nameOf, t, list: format.list })}
            onCancel={() => onTargetChange?.(null)}
          />
        ) : undefined
      }
      onCancel={target ? () => onTargetChange?.(null) : undefined}
      onEditLast={onTargetChange && chat.supports.edit ? onEditLast : undefined}
    />
  );
}
