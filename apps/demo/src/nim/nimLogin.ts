import { ChatError } from '@parley/react';

/** What the NetEase IM connect form asks for. */
export interface NimLogin {
  /** The app key from the NetEase IM (云信) console. */
  appKey: string;
  /** The account id (accid) made for that app key. */
  account: string;
  /** The account's token: handed to the SDK instance, never stored. */
  token: string;
}

function invalid(message: string): ChatError {
  return new ChatError('INVALID_ARGUMENT', message);
}

/**
 * Reads the connect form: trims app key and account and requires all three. The account is
 * kept as typed: NetEase compares account ids as given (and advises lowercase ones), so
 * changing the case would sign in as someone else.
 * @throws ChatError `INVALID_ARGUMENT` naming the field to fix
 */
export function nimLogin(login: NimLogin): NimLogin {
  const appKey = login.appKey.trim();
  const account = login.account.trim();
  if (!appKey) throw invalid('Enter the app key from the NetEase IM console');
  if (!account) throw invalid('Enter the account id (accid)');
  if (/\s/.test(appKey) || /\s/.test(account)) {
    throw invalid('App keys and account ids have no spaces');
  }
  if (!login.token) throw invalid('Enter the token of the account');
  return { appKey, account, token: login.token };
}
