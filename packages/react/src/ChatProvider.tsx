import { type Chat, type ChatAdapter, type CreateChatOptions, createChat } from '@parley/core';
import { type ReactNode, useEffect, useState } from 'react';
import { ChatContext } from './ChatContext.ts';

/** Props of {@link ChatProvider}: an existing chat, or an adapter to create one from. */
export type ChatProviderProps = {
  children?: ReactNode;
  /**
   * Connect when mounted and disconnect when unmounted. Default `true`.
   * Set `false` when the app drives `chat.connect()` itself.
   */
  autoConnect?: boolean;
} & (
  | { chat: Chat; adapter?: never; options?: never }
  | {
      chat?: never;
      /** Backend to create a chat for; the provider owns that chat and destroys it on unmount. */
      adapter: ChatAdapter;
      /** Options for the created chat (all but `adapter`). */
      options?: Omit<CreateChatOptions, 'adapter'>;
    }
);

/**
 * Makes one chat instance available to Parley's hooks and components below it.
 * Each provider has its own store; there is no module-level singleton, so several
 * providers (two accounts side by side) never share state.
 */
export function ChatProvider(props: ChatProviderProps): ReactNode {
  const { children, autoConnect = true } = props;
  // Created once per provider: a new adapter prop later does not swap the store under the UI.
  const [owned] = useState(() =>
    props.chat ? null : createChat({ ...props.options, adapter: props.adapter }),
  );
  const chat = props.chat ?? owned;
  if (chat === null) throw new Error('<ChatProvider> needs a `chat` or an `adapter`.');

  useEffect(() => {
    if (!autoConnect) return;
    const status = chat.store.getState().connection.status;
    if (status === 'idle' || status === 'disconnected') {
      // Connection errors land in the store's connection slice (see useConnection).
      chat.connect().catch(() => undefined);
    }
  }, [chat, autoConnect]);

  useEffect(() => {
    if (owned === null) return;
    return () => {
      owned.disconnect().catch(() => undefined);
      owned.destroy();
    };
  }, [owned]);

  return <ChatContext.Provider value={chat}>{children}</ChatContext.Provider>;
}
