import {
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
  type Ref,
  useCallback,
  useId,
  useRef,
} from 'react';
import { useT } from '../i18n/useT.ts';
import { ImageIcon, PaperclipIcon, SendIcon } from '../internal/icons.tsx';
import { part } from '../internal/part.ts';
import { useControllableState } from '../internal/useControllableState.ts';
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
  /** Default: the locale's placeholder. */
  placeholder?: string;
  /** Lines before the textarea scrolls. Default 8. */
  maxRows?: number;
  /** Focus on mount. Default false. */
  autoFocus?: boolean;
  /** The textarea, e.g. to focus it after "Re-edit". */
  ref?: Ref<HTMLTextAreaElement>;
}

function isComposing(event: KeyboardEvent<HTMLTextAreaElement>, composing: boolean): boolean {
  // Safari fires keydown(Enter) after compositionend with keyCode 229; the others report
  // isComposing. Any of the three means the Enter belongs to the IME.
  return composing || event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * The composer: a multiline textarea that grows with its text. Enter sends, Shift+Enter breaks
 * the line, and Enter while an IME is composing only confirms the candidate. Files come from
 * the attach buttons, paste or drop. When disabled it says why.
 */
export function MessageInput({
  value,
  defaultValue = '',
  onChange,
  onSend,
  onSendFiles,
  disabled = false,
  disabledReason,
  placeholder,
  maxRows = 8,
  autoFocus = false,
  ref,
}: MessageInputProps) {
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

  const canSend = !disabled && text.trim() !== '';
  const send = () => {
    if (!canSend) return;
    onSend(text.trim());
    setText('');
  };

  const sendFiles = (files: FileList | null | undefined) => {
    const list = files ? Array.from(files) : [];
    if (list.length > 0 && onSendFiles && !disabled) onSendFiles(list);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    if (isComposing(event, composing.current)) return;
    event.preventDefault();
    send();
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!onSendFiles || event.clipboardData.files.length === 0) return;
    event.preventDefault();
    sendFiles(event.clipboardData.files);
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  const hintId = `${id}-hint`;
  const reasonId = `${id}-reason`;
  const reason = disabled && disabledReason ? disabledReason : '';

  return (
    <form
      {...part('message-input')}
      data-state={disabled ? 'disabled' : 'enabled'}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      onDragOver={(event) => {
        if (onSendFiles && !disabled && hasFiles(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        if (!onSendFiles || disabled || !hasFiles(event)) return;
        event.preventDefault();
        sendFiles(event.dataTransfer.files);
      }}
    >
      {reason ? (
        <p id={reasonId} className="parley-input-reason" data-part="input-reason" role="status">
          {reason}
        </p>
      ) : null}
      <div className="parley-input-row" data-part="input-row">
        {onSendFiles ? (
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
          aria-describedby={reason ? `${reasonId} ${hintId}` : hintId}
          dir="auto"
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
          aria-label={t('input.send')}
          title={t('input.send')}
          disabled={!canSend}
        >
          <SendIcon />
        </button>
      </div>
      <span id={hintId} className="parley-visually-hidden" data-part="input-hint">
        {t('input.hint')}
      </span>
    </form>
  );
}
