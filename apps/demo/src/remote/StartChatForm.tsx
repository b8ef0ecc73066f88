import { type ChatErrorInfo, type SessionId, toChatError, useChat } from '@parley/react';
import { type FormEvent, useId, useState } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

/** How a backend reads the account typed into {@link StartChatForm}. */
export interface PeerInput {
  /** An example account, shown as the placeholder. */
  example: string;
  /**
   * The p2p peer for what the user typed.
   * @throws ChatError `INVALID_ARGUMENT` saying what to type instead
   */
  peerOf(text: string): string;
}

/** Props of {@link StartChatForm}. */
export interface StartChatFormProps {
  peer: PeerInput;
  /** Called with the conversation to open. */
  onStart: (sessionId: SessionId) => void;
}

/**
 * Opens a conversation with another account. A fresh account on a real backend has no
 * sessions, and the kit's list only shows existing ones, so the demo needs a way to address
 * someone.
 */
export function StartChatForm({ peer, onStart }: StartChatFormProps) {
  const chat = useChat();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<ChatErrorInfo | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const session = chat.insertLocalSession({ scene: 'p2p', to: peer.peerOf(text) });
      setError(null);
      setText('');
      onStart(session.id);
    } catch (caught) {
      setError(toChatError(caught, 'INVALID_ARGUMENT').toJSON());
    }
  };

  return (
    <form className="demo-remote-start" aria-label="Start a chat" noValidate onSubmit={submit}>
      <label htmlFor={`${id}-peer`}>Chat with</label>
      <input
        id={`${id}-peer`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={peer.example}
        autoCapitalize="none"
        spellCheck={false}
      />
      <button type="submit">Open</button>
      <ErrorAlert error={error} />
    </form>
  );
}
