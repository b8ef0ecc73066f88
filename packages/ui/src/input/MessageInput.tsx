import {
  type ClipboardEvent,
  type DragEvent,
  forwardRef,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';
import { useT } from '../i18n/useT.ts';
import { ImageIcon, PaperclipIcon, SendIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { useControllableState } from '../internal/useControllableState.ts';
import { isComposing, limitState } from './inputKeys.ts';
import { useAutoGrow } from './useAutoGrow.ts';

/** Props of {@link MessageInput}. */
export interface MessageInputProps {
  /** Controlled text (e.g. the session's draft). Omit for an uncontrolled input. */
  value?: string;
  /** Initial text when uncontrolled. Default `''`. */
  defaultValue?: string;
  /** Every edit (save it as the draft). */
  onChange?: (value: string) => void;
  /** Send: the trimmed text, never empty. The input is cleared afterwards. */
  onSend: (text: string) => void;
  /** Files picked, pasted or dropped. Without it there are no attach buttons. */
  onSendFiles?: (files: File[]) => void;
  /** Default false. */
  disabled?: boolean;
  /** Why it is disabled (shown and announced), e.g. "You are offline". */
  disabledReason?: string;
  /** Why the last send was refused (shown and announced at once); empty for none. */
  error?: string;
  /** Default: the locale's placeholder. */
  placeholder?: string;
  /** Lines before the textarea scrolls. Default 8. */
  maxRows?: number;
  /**
   * Longest text that can be sent, in UTF-16 units as `String.length` counts (pass
   * `chat.maxTextLength`, as `PaneComposer` does). Within a tenth of it the input says how
   * many characters are left; above it, how many are too many, and it will not send. The
   * text is never cut. Default: no limit.
   */
  maxLength?: number;
  /** Focus on mount. Default false. */
  autoFocus?: boolean;
  /**
   * Shown above the input: what the next send does besides sending, usually a `ComposerQuote`
   * of the message being replied to or edited.
   */
  quote?: ReactNode;
  /**
   * The input edits a message: Enter saves (the button says "Save") and there are no attach
   * buttons. Default false.
   */
  editing?: boolean;
  /** Escape in the input: cancels the reply or edit shown in `quote`. */
  onCancel?: () => void;
  /** Arrow Up in an empty input: edit my last message (as Slack, Discord and Telegram do). */
  onEditLast?: () => void;
}

/**
 * The composer: a multiline textarea that grows with its text. Enter sends, Shift+Enter breaks
 * the line, and Enter while an IME is composing only confirms the candidate. Files come from
 * the attach buttons, paste or drop. When disabled it says why. Its `ref` is the textarea (to
 * focus it after "Re-edit"); it is forwarded, so it works in React 18 as in 19.
 */
export const MessageInput = forwardRef<HTMLTextAreaElement, MessageInputProps>(
  function MessageInput(
    {
      value,
      defaultValue = '',
      onChange,
      onSend,
      onSendFiles,
      disabled = false,
      disabledReason,
      error = '',
      placeholder,
      maxRows = 8,
      maxLength,
      autoFocus = false,
      quote,
      editing = false,
      onCancel,
      onEditLast,
    },
    ref,
  ) {
    const t = useT();
    const id = useId();
    const [text, setText] = useControllableState(value, defaultValue, onChange);
    const textarea = useRef<HTMLTextAreaElement | null>(null);
    const composing = useRef(false);
    const fileInput = useRef<HTMLInputElement>(null);
    const imageInput = useRef<HTMLInputElement>(null);
    useAutoGrow(textarea, text, maxRows);

    const setRefs = useCallback(
      (el: HTMLTextAreaElement | null) => {
        textarea.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );

    const trimmed = text.trim();
    const limit = limitState(trimmed.length, maxLength);
    const limitText =
      limit.state === 'none'
        ? ''
        : t(limit.state === 'near' ? 'input.limit.left' : 'input.limit.over', {
            count: limit.count,
          });
    // Screen readers hear the limit when it comes near and when it is passed, not per key.
    const [announced, setAnnounced] = useState({ state: limit.state, text: limitText });
    if (announced.state !== limit.state) setAnnounced({ state: limit.state, text: limitText });

    const canSend = !disabled && trimmed !== '' && limit.state !== 'over';
    const send = () => {
      if (!canSend) return;
      onSend(text.trim());
      setText('');
    };

    const attach = editing ? undefined : onSendFiles;
    const sendFiles = (files: FileList | null | undefined) => {
      const list = files ? Array.from(files) : [];
      if (list.length > 0 && attach && !disabled) attach(list);
    };

    const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (isComposing(event, composing.current)) return;
      const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
      if (event.key === 'Escape' && onCancel) {
        event.preventDefault();
        onCancel();
        return;
      }
      if (event.key === 'ArrowUp' && plain && text === '' && onEditLast) {
        event.preventDefault();
        onEditLast();
        return;
      }
      if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
      event.preventDefault();
      send();
    };

    const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
      if (!attach || event.clipboardData.files.length === 0) return;
      event.preventDefault();
      sendFiles(event.clipboardData.files);
    };

    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

    const hintId = `${id}-hint`;
    const reasonId = `${id}-reason`;
    const limitId = `${id}-limit`;
    const errorId = `${id}-error`;
    const quoteHintId = `${id}-quote-hint`;
    const reason = disabled && disabledReason ? disabledReason : '';
    const describedBy = [
      reason ? reasonId : '',
      error ? errorId : '',
      limitText ? limitId : '',
      hintId,
      quote && !editing ? quoteHintId : '',
    ].filter(Boolean);

    return (
      <form
        {...part('message-input')}
        data-state={disabled ? 'disabled' : 'enabled'}
        data-mode={editing ? 'edit' : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
        onDragOver={(event) => {
          if (attach && !disabled && hasFiles(event)) event.preventDefault();
        }}
        onDrop={(event) => {
          if (!attach || disabled || !hasFiles(event)) return;
          event.preventDefault();
          sendFiles(event.dataTransfer.files);
        }}
      >
        {reason ? (
          <p id={reasonId} className="parley-input-reason" data-part="input-reason" role="status">
            {reason}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="parley-input-reason" data-part="input-error" role="alert">
            {error}
          </p>
        ) : null}
        {quote}
        <div className="parley-input-row" data-part="input-row">
          {attach ? (
            <>
              <button
                type="button"
                className="parley-icon-button"
                data-part="attach-file"
                aria-label={t('input.attachFile')}
                title={t('input.attachFile')}
                disabled={disabled}
                onClick={() => fileInput.current?.click()}
              >
                <PaperclipIcon />
              </button>
              <button
                type="button"
                className="parley-icon-button"
                data-part="attach-image"
                aria-label={t('input.attachImage')}
                title={t('input.attachImage')}
                disabled={disabled}
                onClick={() => imageInput.current?.click()}
              >
                <ImageIcon />
              </button>
              {[fileInput, imageInput].map((inputRef) => (
                <input
                  key={inputRef === fileInput ? 'file' : 'image'}
                  ref={inputRef}
                  type="file"
                  multiple
                  hidden
                  tabIndex={-1}
                  accept={inputRef === imageInput ? 'image/*' : undefined}
                  data-part={inputRef === imageInput ? 'image-picker' : 'file-picker'}
                  onChange={(event) => {
                    sendFiles(event.currentTarget.files);
                    event.currentTarget.value = '';
                  }}
                />
              ))}
            </>
          ) : null}
          <textarea
            ref={setRefs}
            className="parley-textarea"
            data-part="textarea"
            rows={1}
            value={text}
            disabled={disabled}
            // biome-ignore lint/a11y/noAutofocus: opt-in by the app, default off
            autoFocus={autoFocus}
            placeholder={placeholder ?? t('input.placeholder')}
            aria-label={t('input.label')}
            aria-describedby={describedBy.join(' ')}
            aria-invalid={limit.state === 'over' ? true : undefined}
            // Typed text runs its own way; the placeholder (empty, no direction of its own) the UI's.
            dir={text ? 'auto' : undefined}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            onCompositionStart={() => {
              composing.current = true;
            }}
            onCompositionEnd={() => {
              composing.current = false;
            }}
            onPaste={onPaste}
          />
          <button
            type="submit"
            className="parley-icon-button parley-send-button"
            data-part="send"
            aria-label={editing ? t('edit.save') : t('input.send')}
            title={editing ? t('edit.save') : t('input.send')}
            disabled={!canSend}
          >
            <SendIcon />
          </button>
        </div>
        {limitText ? (
          <p
            id={limitId}
            className="parley-input-limit"
            data-part="input-limit"
            data-state={limit.state}
          >
            {limitText}
          </p>
        ) : null}
        <span
          className="parley-visually-hidden"
          data-part="input-limit-announce"
          aria-live="polite"
        >
          {announced.text}
        </span>
        <span id={hintId} className="parley-visually-hidden" data-part="input-hint">
          {editing ? t('edit.hint') : t('input.hint')}
        </span>
        {quote && !editing ? (
          <span id={quoteHintId} className="parley-visually-hidden" data-part="input-hint">
            {t('reply.hint')}
          </span>
        ) : null}
      </form>
    );
  },
);
