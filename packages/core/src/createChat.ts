import { Chat } from './Chat.ts';
import type { CreateChatOptions } from './ChatOptions.ts';

/**
 * Creates a chat instance: a store fed by `options.adapter` and the seeds' operations as
 * commands. Subscribes to the adapter at once; call `connect()` to sign in and load the list.
 * @throws ChatError `INVALID_ARGUMENT` naming the option when an option is out of range
 */
export function createChat(options: CreateChatOptions): Chat {
  return new Chat(options);
}
