import { ChatError, type ChatErrorInfo, type SessionId, toChatError, useChat } from '@parley/react';
import { type FormEvent, useId, useState } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

/** Props of {@link StartChatForm}. */
export interface StartChatFormProps {
  /** The signed-in account's domain: p2p peers live on it. */
  domain: string;
  /** Called with the conversation to open. */
  onStart: (sessionId: SessionId) => void;
}

/**
 * Opens a conversation with another account. A fresh XMPP account has no sessions, and
 * the kit's list only shows existing ones, so the demo needs a way to address someone.
 */
export function StartChatForm({ domain, onStart }: StartChatFormProps) {
  const chat = useChat();
  const id = useId();
  const [peer, setPeer] = useState('');
  const [error, setError] = useState<ChatErrorInfo | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const text = peer.trim().toLowerCase();
      const [name = '', peerDomain = domain] = text.split('@');
      if (!name || peerDomain !== domain || text.split('@').length > 2) {
        throw new ChatError(
          'INVALID_ARGUMENT',
          `Enter an account on ${domain}, e.g. bob or bob@${domain}`,
        );
      }
      const session = chat.insertLocalSession({ scene: 'p2p', to: name });
      setError(null);
      setPeer('');
      onStart(session.id);
    } catch (caught) {
      setError(toChatError(caught, 'INVALID_ARGUMENT').toJSON());
    }
  };

  return (
    <form className="demo-xmpp-start" aria-label="Start a chat" noValidate onSubmit={submit}>
      <label htmlFor={`${id}-peer`}>Chat with</label>
      <input
        id={`${id}-peer`}
        value={peer}
        onChange={(e) => setPeer(e.target.value)}
        placeholder={`bob@${domain}`}
        autoCapitalize="none"
        spellCheck={false}
      />
      <button type="submit">Open</button>
      <ErrorAlert error={error} />
    </form>
  );
}
