import { type ChatErrorCode, toChatError } from '../model/ChatError.ts';

/** Runs a command so that it always rejects with a `ChatError`. */
export async function guard<T>(fallback: ChatErrorCode, action: () => Promise<T> | T): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toChatError(error, fallback);
  }
}
