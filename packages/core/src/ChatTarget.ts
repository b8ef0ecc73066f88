import type { Team, UserProfile } from './model/User.ts';

/**
 * Whom `startChat` opens a chat with: a user or a team from a directory search (its profile
 * goes into the store, so the list shows its name at once), or an account typed as is.
 */
export type ChatTarget = { user: UserProfile } | { team: Team } | { account: string };
