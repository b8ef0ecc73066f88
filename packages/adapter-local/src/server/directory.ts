import type { DirectoryQuery, DirectoryResult, Team, UserProfile } from '@parley/core';
import { checkString, matchDirectory } from '@parley/core/rules';
import type { ServerData } from './ServerData.ts';

function* othersThan(users: Iterable<UserProfile>, account: string): Iterable<UserProfile> {
  for (const user of users) if (user.account !== account) yield user;
}

function* teamsOf(data: ServerData, account: string): Iterable<Team> {
  for (const teamId of data.memberTeams.get(account) ?? []) {
    const team = data.team(teamId);
    if (team) yield team;
  }
}

/**
 * The embedded server's directory: every account on the server but the searcher, and the
 * teams the searcher is a member of, by nick or account and by name or team id. The server
 * knows every account, so it never returns an unchecked `enteredAccount`.
 */
export function searchDirectory(
  data: ServerData,
  account: string,
  query: DirectoryQuery,
): DirectoryResult {
  const text = checkString(query?.text, 'text');
  return {
    users: matchDirectory(
      text,
      othersThan(data.users.values(), account),
      (u) => [u.nick, u.account],
      query.limit,
    ),
    teams: matchDirectory(text, teamsOf(data, account), (t) => [t.name, t.teamId], query.limit),
  };
}
