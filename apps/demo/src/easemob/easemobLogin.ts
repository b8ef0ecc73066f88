import { ChatError } from '@parley/react';

/** What the Easemob connect form asks for. */
export interface EasemobLogin {
  /** The app key from the Easemob (环信) console: `org#app`. */
  appKey: string;
  /** The user id made for that app. */
  user: string;
  /** The user's token: handed to the connection, never stored. */
  token: string;
}

function invalid(message: string): ChatError {
  return new ChatError('INVALID_ARGUMENT', message);
}

/**
 * Reads the connect form: trims app key and user and requires all three. The user id is kept
 * as typed: Easemob compares ids as given (and advises lowercase ones), so changing the case
 * would sign in as someone else.
 * @throws ChatError `INVALID_ARGUMENT` naming the field to fix
 */
export function easemobLogin(login: EasemobLogin): EasemobLogin {
  const appKey = login.appKey.trim();
  const user = login.user.trim();
  if (!appKey) throw invalid('Enter the app key from the Easemob console');
  if (!/^[^#\s]+#[^#\s]+$/.test(appKey)) throw invalid('An Easemob app key reads org#app');
  if (!user) throw invalid('Enter the user id');
  if (/\s/.test(user)) throw invalid('User ids have no spaces');
  if (!login.token) throw invalid('Enter the token of the user');
  return { appKey, user, token: login.token };
}
