import { stanzaError } from './stanzaError.ts';

/**
 * Runs `request` again while the server answers with an error of type `wait` ("retry after
 * waiting", RFC 6120 §8.3.2), after about 50, 100, 200… ms, each pause drawn at random between
 * half and one and a half of that so that clients refused together do not collide again.
 * ejabberd answers so when concurrent writes to its database collide: Mnesia serializes every
 * PEP node creation of a cluster on one counter, and aborts some when many accounts sign in
 * for the first time at once.
 */
export async function retryWhileBusy<T>(request: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= attempts || stanzaError(error).type !== 'wait') throw error;
      const pause = 25 * 2 ** attempt * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
