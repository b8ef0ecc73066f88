import type { ChatTarget, DirectoryResult, Team, UserProfile } from '@parley/core';

/** One row of the picker's listbox. */
export type DirectoryOption =
  | { kind: 'user'; key: string; user: UserProfile; target: ChatTarget }
  | { kind: 'team'; key: string; team: Team; target: ChatTarget }
  | { kind: 'account'; key: string; account: string; target: ChatTarget };

/**
 * The picker's rows in keyboard order: people, then teams, then the typed account to try
 * as is. Keys are unique across kinds, so a user and a team with the same id stay apart.
 */
export function directoryOptions(result: DirectoryResult): DirectoryOption[] {
  const options: DirectoryOption[] = [];
  for (const user of result.users) {
    options.push({ kind: 'user', key: `user:${user.account}`, user, target: { user } });
  }
  for (const team of result.teams) {
    options.push({ kind: 'team', key: `team:${team.teamId}`, team, target: { team } });
  }
  if (result.enteredAccount) {
    const account = result.enteredAccount;
    options.push({ kind: 'account', key: `account:${account}`, account, target: { account } });
  }
  return options;
}
