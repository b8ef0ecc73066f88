import { createEasemobAdapter } from '@parley/adapter-easemob';
import { type Chat, ChatError, createChat, idbOutbox } from '@parley/react';
import EasemobChat from 'easemob-websdk';
import { remember } from '../remote/remembered.ts';
import { type RemoteChat, releaseChat } from '../remote/useRemoteChat.ts';
import { type EasemobLogin, easemobLogin } from './easemobLogin.ts';

/** Query-string parameters of the remembered app key and user (never the token). */
export const EASEMOB_PARAMS = { appKey: 'easemobAppKey', user: 'easemobUser' } as const;

/** How long the sign-in may take before the demo says the cloud cannot be reached. */
const CONNECT_TIMEOUT_MS = 20_000;

type Sdk = typeof EasemobChat;

/**
 * The SDK's namespace object (`connection`, `message`, …). Its one build is a UMD file: bundlers
 * make the default import `module.exports`, which is the namespace; some wrap it once more.
 */
function sdk(): Sdk {
  if (typeof EasemobChat.connection === 'function') return EasemobChat;
  const inner: Sdk | undefined = Reflect.get(EasemobChat, 'default');
  if (typeof inner?.connection === 'function') return inner;
  throw new ChatError('INTERNAL', 'easemob-websdk loaded without EasemobChat.connection');
}

/**
 * Signs in to Easemob from the browser with a connection made here, as an app makes it. The
 * token goes to `conn.open` only; app key and user are remembered in the query string, even when
 * the login fails, so a reload after a wrong token keeps the rest.
 */
export async function openEasemobChat(login: EasemobLogin): Promise<RemoteChat> {
  const { appKey, user, token } = easemobLogin(login);
  remember({ [EASEMOB_PARAMS.appKey]: appKey, [EASEMOB_PARAMS.user]: user });
  const Easemob = sdk();
  // The SDK logs every step to the console by default.
  Easemob.logger.setConsoleLogVisibility(false);
  const conn = new Easemob.connection({ appKey, isFixedDeviceId: false });
  let chat: Chat | undefined;
  const close = async () => {
    if (chat) await releaseChat(chat);
    conn.close();
  };
  try {
    chat = createChat({
      adapter: createEasemobAdapter({
        conn,
        open: () => conn.open({ user, accessToken: token }),
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      }),
      // One outbox per app key: users of different apps may bear the same names.
      persistence: idbOutbox({ name: `parley-easemob-outbox-${appKey}` }),
    });
    await chat.connect();
    return { chat, account: user, close };
  } catch (error) {
    await close();
    throw error;
  }
}
