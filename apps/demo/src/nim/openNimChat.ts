import { createNimAdapter } from '@parley/adapter-nim';
import { type Chat, ChatError, createChat, idbOutbox } from '@parley/react';
import NIM from 'nim-web-sdk-ng';
import { remember } from '../remote/remembered.ts';
import { type RemoteChat, releaseChat } from '../remote/useRemoteChat.ts';
import { type NimLogin, nimLogin } from './nimLogin.ts';

/** Query-string parameters of the remembered app key and account (never the token). */
export const NIM_PARAMS = { appKey: 'nimAppKey', account: 'nimAccount' } as const;

/**
 * How long the sign-in may take. The SDK tries NetEase's address servers and then each link
 * server in turn; where the network drops packets instead of refusing them, that takes minutes.
 */
const CONNECT_TIMEOUT_MS = 20_000;

/**
 * The SDK's class. Its one build is a UMD (CommonJS) file that marks itself `__esModule`:
 * bundlers that follow Node's interop, as Vite does for this `"type": "module"` app, make the
 * default import `module.exports`, whose `default` is the class; others hand the class itself.
 */
function sdkClass(): typeof NIM {
  if (typeof NIM.getInstance === 'function') return NIM;
  const inner: typeof NIM | undefined = Reflect.get(NIM, 'default');
  if (typeof inner?.getInstance === 'function') return inner;
  throw new ChatError('INTERNAL', 'nim-web-sdk-ng loaded without NIM.getInstance');
}

/**
 * Frees the SDK's single instance so the next sign-in may use another account. Every instance
 * has `destroy`, but the `V2NIM` type of nim-web-sdk-ng 10.8 leaves it out.
 */
async function destroyInstance(nim: NIM): Promise<void> {
  const destroy: unknown = Reflect.get(nim, 'destroy');
  if (typeof destroy === 'function') await destroy.call(nim);
}

/**
 * Signs in to NetEase IM from the browser with an SDK instance made here, as an app makes it.
 * The token goes to the instance only; app key and account are remembered in the query string,
 * even when the login fails, so a reload after a wrong token keeps the rest.
 */
export async function openNimChat(login: NimLogin): Promise<RemoteChat> {
  const { appKey, account, token } = nimLogin(login);
  remember({ [NIM_PARAMS.appKey]: appKey, [NIM_PARAMS.account]: account });
  // Logs off (the default, said here because it matters): the SDK keeps its logs in IndexedDB.
  const nim = sdkClass().getInstance({ appkey: appKey, account, token, debugLevel: 'off' });
  let chat: Chat | undefined;
  const close = async () => {
    if (chat) await releaseChat(chat);
    await destroyInstance(nim).catch(() => undefined);
  };
  try {
    chat = createChat({
      adapter: createNimAdapter({ nim, connectTimeoutMs: CONNECT_TIMEOUT_MS }),
      // One outbox per app key: accounts of different apps may bear the same names.
      persistence: idbOutbox({ name: `parley-nim-outbox-${appKey}` }),
    });
    await chat.connect();
    return { chat, account, close };
  } catch (error) {
    await close();
    throw error;
  }
}
